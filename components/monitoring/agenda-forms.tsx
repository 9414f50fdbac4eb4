"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { DateField } from "@/components/forms/date-field";
import { FileInput } from "@/components/forms/file-input";
import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { bindFields } from "@/components/ui/bind-fields";
import { FieldShell, SelectField, TextField } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { CheckboxGroup } from "@/components/support/checkbox-group";
import type { ActionState } from "@/lib/forms/action-state";
import { saveBdsStrengtheningAction, saveSavingsServiceAction, saveSmeOrganisationAction } from "@/lib/monitoring/actions";
import { type BdsStrengtheningFormValues, type SavingsServiceFormValues, type SmeOrganisationFormValues } from "@/lib/monitoring/schema";
import { AGENDA_STATUSES } from "@/lib/monitoring/codes";

/** An agenda line's evidence file as the page shows it (the storage key stays on the server). */
export interface AgendaEvidenceInfo {
  fileName: string;
  href: string;
}

/**
 * The optional evidence file of an agenda line: a new file attaches or replaces it on
 * save; the box removes it. Checked on the server (type from its bytes, at most 5 MB).
 */
function EvidenceField({ idPrefix, errors, current }: { idPrefix: string; errors?: string[]; current: AgendaEvidenceInfo | null }) {
  const t = useTranslations("monitoring.form");
  const id = `${idPrefix}-evidence`;
  return (
    <div className="grid gap-2">
      <FieldShell id={id} label={t(current ? "evidenceReplace" : "evidence")} errors={errors} hint={t("evidenceHint")}>
        {(aria) => <FileInput id={id} name="evidence" accept="application/pdf,image/png,image/jpeg,image/webp" {...aria} />}
      </FieldShell>
      {current ? (
        <>
          <p className="text-sm">
            {t("evidenceCurrent")}{" "}
            <a className="text-emerald-800 underline" href={current.href} target="_blank" rel="noreferrer">
              {current.fileName}
            </a>
          </p>
          <div className="flex items-center gap-2">
            <input id={`${idPrefix}-removeEvidence`} type="checkbox" name="removeEvidence" className="h-4 w-4" />
            <label htmlFor={`${idPrefix}-removeEvidence`} className="text-sm text-slate-800">
              {t("evidenceRemove")}
            </label>
          </div>
        </>
      ) : null}
    </div>
  );
}

/** What `bindFields`' `field(name)` gives a control. */
interface BoundField {
  id: string;
  name: string;
  defaultValue: string;
  errors: string[] | undefined;
}

/**
 * The fields every agenda line has: its status and the date of that status, then the
 * line's own fields (`children`), then the note (in a box of `noteClassName` when given).
 */
function AgendaStatusFields({
  field,
  children,
  noteClassName,
}: {
  field: (name: "status" | "statusDate" | "note") => BoundField;
  children?: ReactNode;
  noteClassName?: string;
}) {
  const t = useTranslations("monitoring.form");
  const ts = useTranslations("monitoring.statuses");
  const note = <TextField label={t("note")} {...field("note")} maxLength={1000} />;
  return (
    <>
      <SelectField label={t("status")} options={AGENDA_STATUSES.map((s) => ({ value: s, label: ts(s) }))} {...field("status")} />
      <DateField label={t("statusDate")} {...field("statusDate")} />
      {children}
      {noteClassName ? <div className={noteClassName}>{note}</div> : note}
    </>
  );
}

/** Agenda line "USP/KSP service in the sentra". */
export function SavingsServiceForm({
  initial,
  institutions,
  evidence,
}: {
  initial: SavingsServiceFormValues;
  institutions: Array<{ id: string; name: string }>;
  evidence: AgendaEvidenceInfo | null;
}) {
  const t = useTranslations("monitoring.form");
  const [state, action, pending] = useActionState<ActionState, FormData>(saveSavingsServiceAction, {});
  const { field, values, errors } = bindFields(state, initial, "savings");
  return (
    <form noValidate action={action} className="grid gap-3" aria-label={t("savingsLine")}>
      <ErrorSummary fieldErrors={state.fieldErrors} className="col-span-full" />
      <input type="hidden" name="clusterId" value={initial.clusterId} />
      <input type="hidden" name="version" value={initial.version ?? ""} />
      <AgendaStatusFields field={field}>
        <SelectField
          label={t("institution")}
          blank={t("noInstitution")}
          options={institutions.map((i) => ({ value: i.id, label: i.name }))}
          {...field("institutionId")}
        />
        <div className="flex items-center gap-2">
          <input
            id="savings-isInsideArea"
            type="checkbox"
            name="isInsideArea"
            defaultChecked={values.isInsideArea === "true" || values.isInsideArea === "on"}
            className="h-4 w-4"
          />
          <label htmlFor="savings-isInsideArea" className="text-sm text-slate-800">
            {t("isInsideArea")}
          </label>
        </div>
      </AgendaStatusFields>
      <EvidenceField idPrefix="savings" errors={errors.evidence} current={evidence} />
      <FormActions label={t("saveSavings")} pending={pending} state={state} />
    </form>
  );
}

/** Agenda line "SME organisation or representation". */
export function SmeOrganisationForm({
  initial,
  evidence,
  smes,
  memberIds,
}: {
  initial: Omit<SmeOrganisationFormValues, "memberIds">;
  evidence: AgendaEvidenceInfo | null;
  /** The sentra's active SMEs, members chosen among them. */
  smes: Array<{ id: string; businessName: string }>;
  memberIds: string[];
}) {
  const t = useTranslations("monitoring.form");
  const [state, action, pending] = useActionState<ActionState, FormData>(saveSmeOrganisationAction, {});
  const { field, errors } = bindFields(state, initial, "org");
  return (
    <form noValidate action={action} className="grid gap-3" aria-label={t("organisationLine")}>
      <ErrorSummary fieldErrors={state.fieldErrors} className="col-span-full" />
      <input type="hidden" name="clusterId" value={initial.clusterId} />
      <input type="hidden" name="version" value={initial.version ?? ""} />
      <AgendaStatusFields field={field}>
        <TextField label={t("orgName")} {...field("name")} maxLength={200} />
        <TextField label={t("legalForm")} {...field("legalForm")} maxLength={60} />
        <DateField label={t("foundedOn")} {...field("foundedOn")} />
        <TextField label={t("contactName")} {...field("contactName")} maxLength={120} />
        <TextField label={t("contactPhone")} inputMode="tel" {...field("contactPhone")} />
      </AgendaStatusFields>
      {smes.length ? (
        <CheckboxGroup
          id="org-memberIds"
          name="memberIds"
          legend={t("members")}
          filterLabel={t("membersFilter")}
          options={smes.map((s) => ({ value: s.id, label: s.businessName }))}
          defaultChecked={memberIds}
          errors={errors.memberIds}
          columns={1}
        />
      ) : (
        <p className="text-sm text-slate-600">{t("membersNone")}</p>
      )}
      <EvidenceField idPrefix="org" errors={errors.evidence} current={evidence} />
      <FormActions label={t("saveOrganisation")} pending={pending} state={state} />
    </form>
  );
}

/** Agenda line "strengthening BDS" of a provider, on its page. */
export function BdsStrengtheningForm({ initial, evidence }: { initial: BdsStrengtheningFormValues; evidence: AgendaEvidenceInfo | null }) {
  const t = useTranslations("monitoring.form");
  const [state, action, pending] = useActionState<ActionState, FormData>(saveBdsStrengtheningAction, {});
  const { field, errors } = bindFields(state, initial, "bds");
  return (
    <form noValidate action={action} className="grid gap-3 sm:grid-cols-2" aria-label={t("bdsLine")}>
      <ErrorSummary fieldErrors={state.fieldErrors} className="col-span-full" />
      <input type="hidden" name="providerId" value={initial.providerId} />
      <input type="hidden" name="version" value={initial.version ?? ""} />
      <AgendaStatusFields field={field} noteClassName="sm:col-span-2" />
      <div className="sm:col-span-2">
        <EvidenceField idPrefix="bds" errors={errors.evidence} current={evidence} />
      </div>
      <FormActions className="sm:col-span-2" label={t("saveBds")} pending={pending} state={state} />
    </form>
  );
}
