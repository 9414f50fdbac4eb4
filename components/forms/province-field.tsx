import type { ComponentProps } from "react";
import { SelectField } from "@/components/ui/field";

/**
 * A record's province, chosen from the list (code as value, name as label), with "—"
 * until one is chosen. Spreads like SelectField: `{...field("provinceCode")}`.
 */
export function ProvinceField({
  provinces,
  ...props
}: Omit<ComponentProps<typeof SelectField>, "options" | "blank"> & { provinces: Array<{ code: string; name: string }> }) {
  return <SelectField {...props} blank="—" options={provinces.map((x) => ({ value: x.code, label: x.name }))} />;
}
