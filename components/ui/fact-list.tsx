import type { ReactNode } from "react";

/**
 * A record's facts as a description list: one label over its value per pair, laid out by
 * the caller's grid (`className`).
 */
export function FactList({
  facts,
  className,
  valueClassName = "text-sm",
}: {
  facts: ReadonlyArray<readonly [label: string, value: ReactNode]>;
  className: string;
  valueClassName?: string;
}) {
  return (
    <dl className={className}>
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt className="text-xs uppercase tracking-wide text-slate-500">{label}</dt>
          <dd className={valueClassName}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
