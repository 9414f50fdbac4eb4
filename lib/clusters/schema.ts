import { z } from "zod";
import { text } from "@/lib/forms/text";
import { fieldMessage, optionalText, requiredText, optionalPhone } from "@/lib/forms/messages";
import type { FormValues } from "@/lib/forms/values";
import { intField, optionalRupiah } from "@/lib/forms/numbers";

const CURRENT_YEAR = new Date().getFullYear();

function optionalCode(pattern: RegExp, message: string) {
  return text()
    .trim()
    .transform((v) => (v === "" ? null : v))
    .pipe(text().regex(pattern, fieldMessage(message)).nullable())
    .nullable()
    .optional();
}

function optionalCoordinate(min: number, max: number) {
  return z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? null : Number(v.replace(",", "."))) : v),
    z
      .number({ error: fieldMessage("number") })
      .min(min, fieldMessage("outOfRange"))
      .max(max, fieldMessage("outOfRange"))
      .nullable()
      .optional(),
  );
}

/**
 * THE cluster (sentra) fields: used by the form, the server action, the use cases
 * and the bulk import. Area codes are checked against the reference data in the
 * use case (they need the database).
 */
export const clusterFieldsSchema = z.object({
  name: requiredText(200),
  commodity: requiredText(120),
  kbliCode: optionalCode(/^\d{5}$/, "kbli"),
  provinceCode: text({ error: fieldMessage("chooseProvince") })
    .trim()
    // abort: an empty choice is "choose a province", not also "unknown area code".
    .min(1, { error: fieldMessage("chooseProvince"), abort: true })
    .regex(/^\d{2}$/, fieldMessage("unknownArea")),
  regencyCode: optionalCode(/^\d{2}\.\d{2}$/, "unknownArea"),
  districtCode: optionalCode(/^\d{2}\.\d{2}\.\d{2}$/, "unknownArea"),
  villageCode: optionalCode(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, "unknownArea"),
  // Indonesia spans about 6°N–11°S and 95°E–141°E.
  latitude: optionalCoordinate(-11.5, 6.5),
  longitude: optionalCoordinate(94.5, 141.5),
  yearEstablished: intField({ min: 1800, max: CURRENT_YEAR, optional: true, year: true }),
  workerCount: intField({ min: 0, max: 1_000_000 }),
  productionVolume: optionalRupiah,
  productionUnit: optionalText(40),
  productionValue: optionalRupiah,
  exportSharePct: intField({ min: 0, max: 100, optional: true }),
  localMaterialSharePct: intField({ min: 0, max: 100, optional: true }),
  contactName: optionalText(120),
  contactPhone: optionalPhone(),
  bdsProviderId: text()
    .trim()
    .max(40)
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .optional(),
  notes: optionalText(2000),
});
export type ClusterFields = z.infer<typeof clusterFieldsSchema>;

/** The create verb's name for the cluster fields (the import checks rows with the same schema). @alias */
export const createClusterSchema = clusterFieldsSchema;
export const updateClusterSchema = clusterFieldsSchema.extend({
  id: text().min(1).max(40),
  version: z.coerce.number().int().positive(),
});
export const archiveClusterSchema = z.object({
  id: text().min(1).max(40),
  version: z.coerce.number().int().positive(),
});

/** What the cluster form shows: the update schema's fields as text. */
export type ClusterFormValues = FormValues<typeof updateClusterSchema>;
