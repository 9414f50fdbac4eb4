import { getTranslations } from "next-intl/server";
import { FilterSelect } from "@/components/ui/list-controls";
import { STAGE_FILTERS } from "@/lib/clusters/stage-filter";

/** A list's filter on the cluster's current stage (`stage`); `codes` when a list offers fewer. */
export async function StageFilter({
  label,
  value,
  codes = STAGE_FILTERS,
}: {
  label: string;
  value?: string;
  codes?: ReadonlyArray<(typeof STAGE_FILTERS)[number]>;
}) {
  const tc = await getTranslations("common");
  const ts = await getTranslations("stages");
  return (
    <FilterSelect name="stage" label={label} value={value} allLabel={tc("all")} options={codes.map((s) => ({ value: s, label: ts(s) }))} />
  );
}
