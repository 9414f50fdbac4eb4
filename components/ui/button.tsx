import type { ComponentProps } from "react";
import { cn } from "@/components/ui/cn";

const VARIANTS = {
  primary: "bg-emerald-700 text-white hover:bg-emerald-800 focus-visible:outline-emerald-700",
  secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50 focus-visible:outline-slate-500",
  danger: "bg-red-700 text-white hover:bg-red-800 focus-visible:outline-red-700",
  /** A destructive step that asks for confirmation before it acts (the confirming button is `danger`). */
  "danger-outline": "border border-red-300 bg-white text-red-800 hover:bg-red-50 focus-visible:outline-red-700",
  ghost: "text-slate-700 hover:bg-slate-100 focus-visible:outline-slate-500",
} as const;

export type ButtonVariant = keyof typeof VARIANTS;

const SIZES = {
  md: "px-3 py-2 text-sm",
  /** In a table row or beside a list item ("Cabut", "Batalkan"). */
  sm: "px-2 py-1 text-xs",
} as const;

/**
 * The look of a button, for elements that act as one but are not `<button>`s (a link,
 * a `<summary>` that opens a form). Below 1024 px every size is at least 44 × 44 px,
 * a finger's tap target (tests/e2e/tap-targets.spec.ts).
 */
export function buttonClass(variant: ButtonVariant = "primary", size: keyof typeof SIZES = "md"): string {
  return cn(
    "inline-flex min-h-11 min-w-11 items-center justify-center gap-2 rounded-md font-medium focus-visible:outline-2 focus-visible:outline-offset-2 disabled:cursor-not-allowed disabled:opacity-60 lg:min-h-0 lg:min-w-0",
    SIZES[size],
    VARIANTS[variant],
  );
}

/** THE button. Destructive steps ("Batalkan", "Cabut", reverse, discard) are `danger`, or `danger-outline` when a confirmation follows. */
export function Button({
  variant = "primary",
  size = "md",
  className,
  ...props
}: ComponentProps<"button"> & { variant?: ButtonVariant; size?: keyof typeof SIZES }) {
  return <button className={cn(buttonClass(variant, size), className)} {...props} />;
}
