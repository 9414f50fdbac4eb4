"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { SelectField } from "@/components/ui/field";

type Area = { code: string; name: string };
type Level = "regency" | "district" | "village";

function useChildren(level: Level, parent: string | undefined) {
  const [areas, setAreas] = useState<Area[]>([]);
  useEffect(() => {
    if (!parent) return;
    const controller = new AbortController();
    fetch(`/api/areas?level=${level}&parent=${encodeURIComponent(parent)}`, { signal: controller.signal })
      .then((r) => (r.ok ? (r.json() as Promise<Area[]>) : []))
      .then(setAreas)
      .catch(() => {});
    return () => controller.abort();
  }, [level, parent]);
  return parent ? areas : [];
}

/**
 * Province → regency → district → village from the official reference data. The
 * server validates the codes and their nesting again; this only helps choosing.
 */
export function AreaPicker({
  provinces,
  initial,
  errors,
}: {
  provinces: Area[];
  initial: { provinceCode?: string; regencyCode?: string; districtCode?: string; villageCode?: string; labels?: Record<string, string> };
  errors: Record<string, string[] | undefined>;
}) {
  const t = useTranslations("registry");
  const [province, setProvince] = useState(initial.provinceCode ?? "");
  const [regency, setRegency] = useState(initial.regencyCode ?? "");
  const [district, setDistrict] = useState(initial.districtCode ?? "");
  const [village, setVillage] = useState(initial.villageCode ?? "");
  const regencies = useChildren("regency", province || undefined);
  const districts = useChildren("district", regency || undefined);
  const villages = useChildren("village", district || undefined);
  // React 19 resets a form after its action; that resets these controlled selects in the
  // DOM without a render, so they would show "choose" while the state still holds the
  // choice. Remount them after a reset, so the DOM shows the state again.
  const anchor = useRef<HTMLSpanElement>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    const form = anchor.current?.closest("form");
    if (!form) return;
    const onReset = () => setTimeout(() => setRound((r) => r + 1), 0);
    form.addEventListener("reset", onReset);
    return () => form.removeEventListener("reset", onReset);
  }, []);

  // Until the list arrives, keep the saved value selectable so nothing is lost.
  const withCurrent = (list: Area[], code: string, labelKey: string) =>
    code && !list.some((a) => a.code === code) ? [{ code, name: initial.labels?.[labelKey] ?? code }, ...list] : list;
  const options = (list: Area[]) => [{ value: "", label: t("choose") }, ...list.map((a) => ({ value: a.code, label: a.name }))];

  return (
    <>
      <span ref={anchor} hidden />
      <SelectField
        key={`province-${round}`}
        id="provinceCode"
        name="provinceCode"
        label={t("province")}
        required
        value={province}
        onChange={(e) => {
          setProvince(e.target.value);
          setRegency("");
          setDistrict("");
          setVillage("");
        }}
        errors={errors.provinceCode}
        options={options(provinces)}
      />
      <SelectField
        key={`regency-${round}`}
        id="regencyCode"
        name="regencyCode"
        label={t("regency")}
        value={regency}
        disabled={!province}
        onChange={(e) => {
          setRegency(e.target.value);
          setDistrict("");
          setVillage("");
        }}
        errors={errors.regencyCode}
        options={options(withCurrent(regencies, regency, "regency"))}
      />
      <SelectField
        key={`district-${round}`}
        id="districtCode"
        name="districtCode"
        label={t("district")}
        value={district}
        disabled={!regency}
        onChange={(e) => {
          setDistrict(e.target.value);
          setVillage("");
        }}
        errors={errors.districtCode}
        options={options(withCurrent(districts, district, "district"))}
      />
      <SelectField
        key={`village-${round}`}
        id="villageCode"
        name="villageCode"
        label={t("village")}
        value={village}
        disabled={!district}
        onChange={(e) => setVillage(e.target.value)}
        errors={errors.villageCode}
        options={options(withCurrent(villages, village, "village"))}
      />
    </>
  );
}
