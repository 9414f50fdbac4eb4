"use client";

import { useLayoutEffect, useRef, type SelectHTMLAttributes } from "react";

/**
 * A `<select>` whose form reset returns to its `defaultValue`. React 19 resets a form
 * after its action (the next render's defaults then show), but a select resets to the
 * options' `defaultSelected`, which React does not keep in step with `defaultValue`
 * (facebook/react#32362): the select fell back to its first option after every save,
 * and the next save of the same form sent that option. Keeping `defaultSelected` on the
 * default option makes the browser's own reset land on it.
 */
export function SelectControl(props: SelectHTMLAttributes<HTMLSelectElement>) {
  const ref = useRef<HTMLSelectElement>(null);
  const { defaultValue } = props;
  useLayoutEffect(() => {
    const select = ref.current;
    if (!select || defaultValue === undefined || Array.isArray(defaultValue)) return;
    for (const option of select.options) option.defaultSelected = option.value === String(defaultValue);
  });
  return <select ref={ref} {...props} />;
}
