/** The polite live region every form has: success or form-level error. */
export function FormStatus({ state }: { state: { ok?: boolean; message?: string; formError?: string } | undefined }) {
  return (
    <div aria-live="polite" role="status" className="min-h-5 text-sm">
      {state?.formError ? <p className="text-red-700">{state.formError}</p> : null}
      {state?.ok && state.message ? <p className="text-emerald-800">{state.message}</p> : null}
    </div>
  );
}
