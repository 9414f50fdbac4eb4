import type { ActionState } from "@/lib/forms/action-state";

/**
 * THE field binding of a server-first form: each control shows the text the user
 * submitted after a refusal (`state.values`), else the record's (`initial`), with its
 * errors. Controls are uncontrolled (`defaultValue`); React 19 resets a form after its
 * action using the new defaults, so the form keeps what was typed without remounting.
 * `field(name)` spreads into TextField/SelectField: `<TextField label=… {...field("name")} />`.
 * Its id is the name, or `${prefix}-${name}` when a page shows the form more than once.
 */
export function bindFields<N extends string>(state: ActionState, initial: Partial<Record<N, string>>, prefix?: string) {
  const values: Partial<Record<string, string>> = state.values ?? initial;
  const errors = state.fieldErrors ?? {};
  return {
    values,
    errors,
    field: (name: N) => ({ id: prefix ? `${prefix}-${name}` : name, name, defaultValue: values[name] ?? "", errors: errors[name] }),
  };
}
