import fc from "fast-check";

type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  pattern?: string;
  format?: string;
};
type Components = Record<string, JsonSchema>;

/** Text with the characters that broke things before: controls, NUL, lone surrogates, non-characters. */
export const nasty = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("\u0000", "%00", "\uD800", "\uFFFE", "1e309", "-1", "9".repeat(400), "../..", "' OR 1=1 --", "", " "),
);

const anyJson = fc.oneof(nasty, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 3 }));

function stringArb(s: JsonSchema): fc.Arbitrary<string> {
  if (s.pattern) return fc.stringMatching(new RegExp(s.pattern)).filter((v) => v.length <= (s.maxLength ?? 1000));
  if (s.format === "date")
    return fc
      .date({ min: new Date("1990-01-01"), max: new Date("2100-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
  if (s.format === "date-time") return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
  if (s.type && (Array.isArray(s.type) ? s.type.includes("integer") : false)) return fc.bigInt({ min: 0n, max: 10n ** 15n }).map(String);
  return fc.string({ minLength: s.minLength ?? 0, maxLength: Math.min(s.maxLength ?? 30, 30) });
}

function integerArb(s: JsonSchema): fc.Arbitrary<number> {
  const min = s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : (s.minimum ?? -1_000);
  const max = Math.min(s.maximum ?? 1_000_000_000, Number.MAX_SAFE_INTEGER);
  return fc.integer({ min: Math.max(min, Number.MIN_SAFE_INTEGER), max });
}

/**
 * Values a JSON Schema of the OpenAPI document describes, each sometimes replaced by
 * something it does not (`nastiness` of the time): the valid ones reach the handler's
 * deeper paths, the invalid ones its refusals. Only what zod's JSON Schema output uses
 * is understood; anything else is any JSON value.
 */
export function arbitraryFor(schema: JsonSchema, components: Components, nastiness = 0.15, depth = 0): fc.Arbitrary<unknown> {
  const valid = validFor(schema, components, nastiness, depth);
  if (nastiness <= 0) return valid;
  const weight = Math.round(nastiness * 100);
  return fc.oneof({ arbitrary: valid, weight: 100 - weight }, { arbitrary: anyJson, weight });
}

function validFor(schema: JsonSchema, components: Components, nastiness: number, depth: number): fc.Arbitrary<unknown> {
  if (schema.$ref) return arbitraryFor(components[schema.$ref.split("/").pop()!]!, components, nastiness, depth);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return fc.oneof(...union.map((s) => arbitraryFor(s, components, nastiness, depth)));
  if (schema.allOf?.length === 1) return arbitraryFor(schema.allOf[0]!, components, nastiness, depth);
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length > 1) return fc.oneof(...types.map((type) => validFor({ ...schema, type }, components, nastiness, depth)));
  switch (types[0]) {
    case "string":
      return stringArb(schema);
    case "integer":
      return integerArb(schema);
    case "number":
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array":
      return fc.array(arbitraryFor(schema.items ?? {}, components, nastiness, depth + 1), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 4, depth > 0 ? 2 : 4),
      });
    case "object": {
      const props = schema.properties ?? {};
      const required = new Set(schema.required ?? []);
      const record = fc.record(
        Object.fromEntries(Object.entries(props).map(([k, s]) => [k, arbitraryFor(s, components, nastiness, depth + 1)])),
        { requiredKeys: Object.keys(props).filter((k) => required.has(k)) },
      );
      // Now and then a key the schema does not know.
      return nastiness > 0
        ? fc
            .tuple(record, fc.option(fc.tuple(nasty, anyJson), { freq: 10 }))
            .map(([r, extra]) => (extra ? { ...r, [extra[0]]: extra[1] } : r))
        : record;
    }
    default:
      return anyJson;
  }
}
