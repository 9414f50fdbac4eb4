import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { FormStatus } from "@/components/ui/form-status";

/** A form's submit button, disabled while it is sent, beside the form's live status region. */
export function FormActions({
  label,
  pending,
  state,
  variant,
  className,
}: {
  label: string;
  pending: boolean;
  state: Parameters<typeof FormStatus>[0]["state"];
  variant?: "primary" | "secondary" | "danger";
  /** Usually the grid span of the row. */
  className?: string;
}) {
  return (
    <div className={cn("flex items-center gap-4", className)}>
      <Button type="submit" variant={variant} disabled={pending}>
        {label}
      </Button>
      <FormStatus state={state} />
    </div>
  );
}
