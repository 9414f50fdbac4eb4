"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { InlineFormStatus } from "@/components/ui/form-status";
import { useSupportForm } from "@/components/support/use-support-form";
import { updateDeliveryAction } from "@/lib/providers/actions";

/** Later facts about a delivery, above all the financing its SMEs obtained (indirect income). */
export function DeliveryEditForm({
  delivery,
}: {
  delivery: {
    id: string;
    version: number;
    participantCount: number;
    feeAmount: string;
    laterFinancing: string | null;
    notes: string | null;
  };
}) {
  const t = useTranslations("support.providers.delivery");
  const { state, formAction, pending, values: v, errors: e } = useSupportForm(updateDeliveryAction);
  const control = "w-32 rounded-md border border-slate-300 px-2 py-1 text-sm";
  const p = `del-edit-${delivery.id}`;
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2" aria-label={t("editTitle")}>
      <input type="hidden" name="id" value={delivery.id} />
      <input type="hidden" name="version" value={delivery.version} />
      <input type="hidden" name="notes" value={delivery.notes ?? ""} />
      <label className="flex flex-col text-xs" htmlFor={`${p}-participants`}>
        {t("participants")}
        <input
          id={`${p}-participants`}
          name="participantCount"
          inputMode="numeric"
          defaultValue={v.participantCount ?? delivery.participantCount}
          className={control}
        />
      </label>
      <label className="flex flex-col text-xs" htmlFor={`${p}-fee`}>
        {t("fee")}
        <input id={`${p}-fee`} name="feeAmount" inputMode="numeric" defaultValue={v.feeAmount ?? delivery.feeAmount} className={control} />
      </label>
      <label className="flex flex-col text-xs" htmlFor={`${p}-later`}>
        {t("laterFinancing")}
        <input
          id={`${p}-later`}
          name="laterFinancing"
          inputMode="numeric"
          defaultValue={v.laterFinancing ?? delivery.laterFinancing ?? ""}
          className={control}
        />
      </label>
      <Button type="submit" variant="secondary" className="px-2 py-1" disabled={pending}>
        {t("save")}
      </Button>
      <InlineFormStatus state={state} errors={Object.values(e).flat()} />
    </form>
  );
}
