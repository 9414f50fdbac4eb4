/** A labelled group of checkboxes sharing one name (several values), with its error wired for screen readers. */
export function CheckboxGroup({
  id,
  name,
  legend,
  options,
  defaultChecked,
  errors,
  columns = 2,
}: {
  id: string;
  name: string;
  legend: string;
  options: Array<{ value: string; label: string }>;
  defaultChecked: string[];
  errors?: string[];
  columns?: 1 | 2 | 3;
}) {
  const errorId = `${id}-error`;
  const grid = columns === 3 ? "sm:grid-cols-3" : columns === 2 ? "sm:grid-cols-2" : "";
  return (
    <fieldset
      className="flex flex-col gap-1"
      aria-describedby={errors?.length ? errorId : undefined}
      aria-invalid={errors?.length ? true : undefined}
    >
      <legend className="mb-1 text-sm font-medium text-slate-800">{legend}</legend>
      <div className={`grid max-h-64 grid-cols-1 gap-x-4 gap-y-1 overflow-y-auto rounded-md border border-slate-200 p-2 ${grid}`}>
        {options.map((o) => (
          <label key={o.value} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name={name} value={o.value} defaultChecked={defaultChecked.includes(o.value)} />
            {o.label}
          </label>
        ))}
      </div>
      {errors?.length ? (
        <p id={errorId} className="text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
