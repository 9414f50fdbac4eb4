"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
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

  // Until the list arrives, keep the saved value selectable so nothing is lost.
  const withCurrent = (list: Area[], code: string, labelKey: string) =>
    code && !list.some((a) => a.code === code) ? [{ code, name: initial.labels?.[labelKey] ?? code }, ...list] : list;
  const options = (list: Area[]) => [{ value: "", label: t("choose") }, ...list.map((a) => ({ value: a.code, label: a.name }))];

  return (
    <>
      <SelectField
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
