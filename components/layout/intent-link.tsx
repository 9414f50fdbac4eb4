"use client";

import Link from "next/link";
import { useState, type ComponentProps } from "react";

/**
 * A header link that prefetches its page once the user shows intent (the pointer over
 * it, focus, a touch), not as soon as it is on screen: Next's documented hover-triggered
 * prefetch. The header is on every page, so viewport prefetching cost every page view
 * about twenty Server Component requests and their processing on the browser's main
 * thread (docs/performance.md, "The header's prefetches"); a click without a prefetch
 * is still a client-side navigation.
 */
export function IntentLink(props: Omit<ComponentProps<typeof Link>, "prefetch" | "onMouseEnter" | "onFocus" | "onTouchStart">) {
  const [intent, setIntent] = useState(false);
  const show = () => setIntent(true);
  return <Link {...props} prefetch={intent ? null : false} onMouseEnter={show} onFocus={show} onTouchStart={show} />;
}
