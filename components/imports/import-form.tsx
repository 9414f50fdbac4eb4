"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FileInput } from "@/components/forms/file-input";
import { Button } from "@/components/ui/button";
import { FieldShell, SelectField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { ACCEPTED_EXTENSIONS, MAX_UPLOAD_BYTES, MAX_UPLOAD_MB } from "@/lib/imports/limits";

export interface ImportClusterOption {
  id: string;
  name: string;
  regencyName: string | null;
}

/**
 * The upload form. Without JavaScript it posts to the route handler, which redirects to
 * the result (or back here with the error); with it, the file size is checked first and
 * errors appear next to the fields.
 */
export function ImportForm({
  clusters,
  initialError,
  defaults,
}: {
  clusters: ImportClusterOption[];
  initialError?: { field: string; message: string };
  defaults?: { kind?: string; clusterId?: string };
}) {
  const t = useTranslations("imports");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [accepted, setAccepted] = useState(false);
  const [formError, setFormError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>(
    initialError ? { [initialError.field]: [initialError.message] } : {},
  );
  const [kind, setKind] = useState(defaults?.kind === "smes" || defaults?.kind === "outcomes" ? defaults.kind : "clusters");

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    if (file instanceof File && file.size > MAX_UPLOAD_BYTES) {
      setFieldErrors({ file: [t("fileErrors.fileTooLarge", { max: MAX_UPLOAD_MB })] });
      return;
    }
    setPending(true);
    setFormError(undefined);
    setFieldErrors({});
    try {
      const response = await fetch("/api/imports", { method: "POST", body: data, headers: { Accept: "application/json" } });
      const body = (await response.json().catch(() => ({}))) as {
        batchId?: string;
        formError?: string;
        fieldErrors?: Record<string, string[]>;
      };
      if (response.ok && body.batchId) {
        setAccepted(true);
        router.push(`/imports/${body.batchId}`);
        return;
      }
      setFieldErrors(body.fieldErrors ?? {});
      setFormError(body.formError);
    } catch {
      setFormError(t("form.networkError"));
    }
    setPending(false);
  }

  return (
    <form
      noValidate
      action="/api/imports"
      method="post"
      encType="multipart/form-data"
      onSubmit={onSubmit}
      className="grid gap-4 md:grid-cols-2"
      aria-label={t("form.heading")}
    >
      <ErrorSummary fieldErrors={fieldErrors} className="md:col-span-2" />
      <SelectField
        id="import-kind"
        name="kind"
        label={t("form.kind")}
        value={kind}
        onChange={(e) => setKind(e.target.value)}
        errors={fieldErrors.kind}
        options={[
          { value: "clusters", label: t("form.kindClusters") },
          { value: "smes", label: t("form.kindSmes") },
          { value: "outcomes", label: t("form.kindOutcomes") },
        ]}
      />
      <SelectField
        id="import-cluster"
        name="clusterId"
        label={t("form.cluster")}
        hint={t("form.clusterHint")}
        defaultValue={defaults?.clusterId ?? ""}
        errors={fieldErrors.clusterId}
        options={[
          { value: "", label: t("form.chooseCluster") },
          ...clusters.map((c) => ({ value: c.id, label: c.regencyName ? `${c.name} (${c.regencyName})` : c.name })),
        ]}
      />
      <div className="md:col-span-2">
        <FieldShell
          id="import-file"
          label={t("form.file")}
          hint={t("form.fileHint", { max: MAX_UPLOAD_MB })}
          errors={fieldErrors.file}
          required
        >
          {(aria) => (
            <FileInput
              id="import-file"
              name="file"
              required
              accept={`${ACCEPTED_EXTENSIONS.join(",")},text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`}
              {...aria}
            />
          )}
        </FieldShell>
      </div>
      <div className="md:col-span-2">
        <label className="flex items-start gap-2 text-sm font-medium text-slate-800">
          <input type="checkbox" name="validOnly" className="mt-0.5 h-4 w-4" aria-describedby="import-valid-only-hint" />
          {t("form.validOnly")}
        </label>
        <p id="import-valid-only-hint" className="ml-6 text-xs text-slate-600">
          {t("form.validOnlyHint")}
        </p>
      </div>
      <div className="flex items-center gap-4 md:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? t("form.uploading") : t("form.submit")}
        </Button>
        <FormStatus state={{ formError, ok: accepted, message: accepted ? t("form.accepted") : undefined }} />
      </div>
    </form>
  );
}
