import { z } from "zod";
import { text } from "@/lib/forms/text";
import { AppError } from "@/lib/errors";
import { fieldMessage } from "@/lib/forms/messages";
import { IMPORT_KINDS } from "@/lib/imports/columns";

/** The upload form's fields besides the file: shared by the form and the route handler. */
export const startImportSchema = z
  .object({
    kind: z.enum(IMPORT_KINDS, { error: fieldMessage("invalidChoice") }),
    clusterId: text()
      .trim()
      .max(40)
      .optional()
      .transform((v) => v || null),
    validOnly: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
  })
  .superRefine((v, ctx) => {
    if ((v.kind === "smes" || v.kind === "outcomes") && !v.clusterId)
      ctx.addIssue({ code: "custom", path: ["clusterId"], message: fieldMessage("required") });
  });
export type StartImportInput = z.infer<typeof startImportSchema>;

export const EXPORT_FORMATS = ["csv", "xlsx"] as const;

/**
 * A download's `?format=`: CSV when it is absent; one of `allowed` otherwise. An unknown
 * format is refused (INVALID_INPUT, 422) rather than quietly answered with CSV.
 */
export function parseFormat<const F extends readonly ["csv", ...string[]]>(value: string | null, allowed: F): F[number] {
  if (value === null || value === "") return "csv";
  if (!allowed.includes(value)) throw new AppError("INVALID_INPUT");
  return value;
}
