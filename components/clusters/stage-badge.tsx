import { getTranslations } from "next-intl/server";
import { cn } from "@/components/ui/cn";

const COLORS = {
  SURVIVAL: "bg-amber-100 text-amber-900",
  ADVANCE: "bg-sky-100 text-sky-900",
  MATURE: "bg-emerald-100 text-emerald-900",
  NONE: "bg-slate-100 text-slate-700",
} as const;

export async function StageBadge({ stage }: { stage: "SURVIVAL" | "ADVANCE" | "MATURE" | null }) {
  const t = await getTranslations("stages");
  const key = stage ?? "NONE";
  return <span className={cn("whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium", COLORS[key])}>{t(key)}</span>;
}
