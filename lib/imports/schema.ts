import { z } from "zod";
import { fieldMessage } from "@/lib/forms/messages";
import { IMPORT_KINDS } from "@/lib/imports/columns";

/** The upload form's fields besides the file: shared by the form and the route handler. */
export const startImportSchema = z
  .object({
    kind: z.enum(IMPORT_KINDS, { error: fieldMessage("invalidChoice") }),
    clusterId: z
      .string()
      .trim()
      .max(40)
      .optional()
      .transform((v) => v || null),
    validOnly: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "smes" && !v.clusterId) ctx.addIssue({ code: "custom", path: ["clusterId"], message: fieldMessage("required") });
  });
export type StartImportInput = z.infer<typeof startImportSchema>;

export const exportFormatSchema = z.enum(["csv", "xlsx"]).catch("csv");
export type ExportFormat = z.infer<typeof exportFormatSchema>;
