"use client";

import { useEffect, useState } from "react";

type Area = { code: string; name: string };

/**
 * The dashboard's province and regency filters. Picking a province fills the regency
 * list at once (from /api/areas, the location pickers' source), no submit needed;
 * without JavaScript the server lists the regencies of the submitted province.
 * Texts come as props: the dashboard hands the browser no messages.
 */
export function AreaFilter({
  provinces,
  regencies: initialRegencies,
  province: initialProvince,
  regency,
  control,
  label,
  texts,
}: {
  provinces: Area[];
  regencies: Area[];
  province?: string;
  regency?: string;
  control: string;
  label: string;
  texts: { province: string; allProvinces: string; regency: string; all: string; regencyHint: string };
}) {
  const [province, setProvince] = useState(initialProvince ?? "");
  const [fetched, setFetched] = useState<{ province: string; areas: Area[] } | null>(null);
  const isInitial = province === (initialProvince ?? "");
  useEffect(() => {
    if (isInitial || !province) return;
    const controller = new AbortController();
    fetch(`/api/areas?level=regency&parent=${encodeURIComponent(province)}`, { signal: controller.signal })
      .then((r) => (r.ok ? (r.json() as Promise<Area[]>) : []))
      .then((areas) => setFetched({ province, areas }))
      .catch(() => {});
    return () => controller.abort();
  }, [province, isInitial]);
  const regencies = isInitial ? initialRegencies : fetched?.province === province ? fetched.areas : [];
  return (
    <>
      <div className={label}>
        <label htmlFor="dash-province" className="font-medium">
          {texts.province}
        </label>
        <select id="dash-province" name="province" value={province} onChange={(e) => setProvince(e.target.value)} className={control}>
          <option value="">{texts.allProvinces}</option>
          {provinces.map((p) => (
            <option key={p.code} value={p.code}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <div className={label}>
        <label htmlFor="dash-regency" className="font-medium">
          {texts.regency}
        </label>
        <select
          id="dash-regency"
          name="regency"
          key={province}
          defaultValue={isInitial ? (regency ?? "") : ""}
          className={control}
          disabled={regencies.length === 0}
          aria-describedby="regency-hint"
        >
          <option value="">{texts.all}</option>
          {regencies.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </select>
        <span id="regency-hint" className="sr-only">
          {texts.regencyHint}
        </span>
      </div>
    </>
  );
}
