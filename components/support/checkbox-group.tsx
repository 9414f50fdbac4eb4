"use client";

import { useState } from "react";

/**
 * A labelled group of checkboxes sharing one name (several values), with its error wired
 * for screen readers. `filterLabel`: a text box above a long list that hides the options
 * whose label does not contain it; hidden boxes stay in the form, so ticked ones are sent.
 */
export function CheckboxGroup({
  id,
  name,
  legend,
  options,
  defaultChecked,
  errors,
  columns = 2,
  filterLabel,
}: {
  id: string;
  name: string;
  legend: string;
  options: Array<{ value: string; label: string }>;
  defaultChecked: string[];
  errors?: string[];
  columns?: 1 | 2 | 3;
  filterLabel?: string;
}) {
  const [filter, setFilter] = useState("");
  const needle = filter.trim().toLocaleLowerCase();
  const errorId = `${id}-error`;
  const grid = columns === 3 ? "sm:grid-cols-3" : columns === 2 ? "sm:grid-cols-2" : "";
  return (
    <fieldset
      className="flex flex-col gap-1"
      aria-describedby={errors?.length ? errorId : undefined}
      aria-invalid={errors?.length ? true : undefined}
    >
      <legend className="mb-1 text-sm font-medium text-slate-800">{legend}</legend>
      {filterLabel ? (
        <div className="mb-1 flex items-center gap-2">
          <label htmlFor={`${id}-filter`} className="text-sm text-slate-700">
            {filterLabel}
          </label>
          <input
            id={`${id}-filter`}
            type="search"
            value={filter}
            onChange={(ev) => setFilter(ev.target.value)}
            className="rounded-md border border-slate-300 px-2 py-1 text-sm"
          />
        </div>
      ) : null}
      <div className={`grid max-h-64 grid-cols-1 gap-x-4 gap-y-1 overflow-y-auto rounded-md border border-slate-200 p-2 ${grid}`}>
        {options.map((o) => (
          <label
            key={o.value}
            className="flex items-center gap-2 text-sm"
            hidden={needle !== "" && !o.label.toLocaleLowerCase().includes(needle)}
          >
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
