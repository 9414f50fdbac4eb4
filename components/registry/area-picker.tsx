"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { SelectField } from "@/components/ui/field";

type Area = { code: string; name: string };
/** The four levels, outermost first; each select's id and name is `${level}Code`. */
const LEVELS = ["province", "regency", "district", "village"] as const;
type Level = (typeof LEVELS)[number];
type Codes = Record<Level, string>;

function useChildren(level: Exclude<Level, "province">, parent: string | undefined) {
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
  const [codes, setCodes] = useState<Codes>(() => ({
    province: initial.provinceCode ?? "",
    regency: initial.regencyCode ?? "",
    district: initial.districtCode ?? "",
    village: initial.villageCode ?? "",
  }));
  const children: Record<Level, Area[]> = {
    province: provinces,
    regency: useChildren("regency", codes.province || undefined),
    district: useChildren("district", codes.regency || undefined),
    village: useChildren("village", codes.district || undefined),
  };
  // Choosing a level clears every level inside it.
  const choose = (level: Level, code: string) =>
    setCodes((prev) => {
      const next = { ...prev, [level]: code };
      for (const inner of LEVELS.slice(LEVELS.indexOf(level) + 1)) next[inner] = "";
      return next;
    });
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
  const withCurrent = (list: Area[], code: string, level: Level) =>
    code && !list.some((a) => a.code === code) ? [{ code, name: initial.labels?.[level] ?? code }, ...list] : list;
  const options = (list: Area[]) => [{ value: "", label: t("choose") }, ...list.map((a) => ({ value: a.code, label: a.name }))];

  return (
    <>
      <span ref={anchor} hidden />
      {LEVELS.map((level, i) => {
        const outer = i === 0 ? undefined : LEVELS[i - 1];
        return (
          <SelectField
            key={`${level}-${round}`}
            id={`${level}Code`}
            name={`${level}Code`}
            label={t(level)}
            required={outer === undefined}
            value={codes[level]}
            disabled={outer !== undefined && !codes[outer]}
            onChange={(e) => choose(level, e.target.value)}
            errors={errors[`${level}Code`]}
            options={options(outer === undefined ? children[level] : withCurrent(children[level], codes[level], level))}
          />
        );
      })}
    </>
  );
}
