/**
 * The messages the browser needs: those of client components (useTranslations in a
 * "use client" file), not the whole catalogue. The root layout hands only these to
 * NextIntlClientProvider, so every page's RSC payload carries ≈ 25 kB of messages
 * instead of ≈ 53 kB. Server components read the full catalogue on the server.
 *
 * A client component that reads a namespace not listed here would show its message
 * keys: tests/unit/client-messages.test.ts scans the components and fails first.
 */
export const CLIENT_NAMESPACES = [
  "admin",
  "auth",
  "common",
  "diagnosis.autosave",
  "diagnosis.conflict",
  "diagnosis.dimension",
  "diagnosis.errors",
  "diagnosis.form",
  "diagnosis.preview",
  "diagnosis.review",
  "diagnosis.validation",
  "imports",
  "registry",
  "roles",
  "selection",
  "smes",
  "stages",
  "support.accreditation",
  "support.channels",
  "support.cluster",
  "support.financing.form",
  "support.providers.agreement",
  "support.providers.delivery",
  "support.providers.form",
  "support.services",
] as const;

type Messages = Record<string, unknown>;

/** The subtree of `messages` at each dotted path, merged into one object of the same shape. */
export function pickMessages(messages: Messages, paths: readonly string[]): Messages {
  const picked: Messages = {};
  for (const path of paths) {
    const parts = path.split(".");
    let source: unknown = messages;
    for (const part of parts) source = source && typeof source === "object" ? (source as Messages)[part] : undefined;
    if (source === undefined) continue;
    let target = picked;
    for (const part of parts.slice(0, -1)) target = (target[part] ??= {}) as Messages;
    target[parts.at(-1)!] = source;
  }
  return picked;
}
