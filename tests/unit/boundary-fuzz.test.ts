import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as assignments from "@/lib/assignments/schema";
import * as clusters from "@/lib/clusters/schema";
import { clusterListParams } from "@/lib/clusters/queries";
import { parseDashboardParams } from "@/lib/dashboard/filters";
import * as diagnosis from "@/lib/diagnosis/schema";
import * as financing from "@/lib/financing/schema";
import { institutionListParams } from "@/lib/financing/institution-queries";
import { hasForbiddenChars } from "@/lib/forms/text";
import { firstValues } from "@/lib/http/search-params";
import { isMalformedUrl } from "@/lib/http/malformed-url";
import * as imports from "@/lib/imports/schema";
import * as providers from "@/lib/providers/schema";
import { selectionParams } from "@/lib/selection/ranking";
import * as selection from "@/lib/selection/schema";
import { smeListParams } from "@/lib/smes/queries";
import * as smes from "@/lib/smes/schema";
import * as support from "@/lib/support/schema";
import * as users from "@/lib/users/schema";
import { AppError } from "@/lib/errors";

// Issue #16: arbitrary strings, control characters, huge and malformed values thrown at
// every zod schema of lib/*/schema.ts and every query-string parser. Each answers with a
// valid parse or a typed refusal (a ZodError, an AppError), never another exception, and
// no parse lets a control character through to the database.

const SCHEMA_MODULES = { assignments, clusters, diagnosis, financing, imports, providers, selection, smes, support, users };

const schemas: Array<[string, z.ZodType]> = Object.entries(SCHEMA_MODULES).flatMap(([domain, mod]) =>
  Object.entries(mod)
    .filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType)
    .map(([name, schema]) => [`${domain}.${name}`, schema] as [string, z.ZodType]),
);

/** The field names a schema reads, found through wrappers (pipe, refine, transform, optional). */
function fieldNames(schema: unknown, seen = new Set<unknown>()): string[] {
  if (!schema || typeof schema !== "object" || seen.has(schema)) return [];
  seen.add(schema);
  const s = schema as { shape?: Record<string, unknown>; _zod?: { def?: Record<string, unknown> } };
  if (s.shape && typeof s.shape === "object") return Object.keys(s.shape);
  const def = s._zod?.def ?? {};
  return ["in", "out", "schema", "innerType"].flatMap((k) => fieldNames(def[k], seen));
}

const CONTROL = fc.constantFrom("\u0000", "\u0001", "\u0007", "\u001b", "\u007f", "\u0085", "\ud800", "\udfff", "\uffff", "\u000b");
const nastyString = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.tuple(fc.string({ maxLength: 10 }), CONTROL, fc.string({ maxLength: 10 })).map(([a, c, b]) => a + c + b),
  fc.constantFrom(
    "",
    " ",
    "null",
    "undefined",
    "NaN",
    "1e309",
    "-0",
    "Infinity",
    "9".repeat(400),
    "Rp -1.000",
    "2025-02-30",
    "0000-00-00",
    "%00",
    "<script>",
    "__proto__",
    "x".repeat(100_000),
  ),
);
const nastyValue = fc.oneof(
  { weight: 4, arbitrary: nastyString },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.array(nastyString, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, Number.NaN, Infinity, -1, 2 ** 53, 1.5, true, {}, []) },
);

/** Every string inside a parsed value (parsed output may hold bigint, Date, arrays, records). */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === "object" && !(value instanceof Date))
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      strings(v, out);
    }
  return out;
}

function expectTypedOutcome(parse: () => unknown) {
  try {
    const result = parse();
    for (const s of strings(result)) expect(hasForbiddenChars(s), JSON.stringify(s).slice(0, 80)).toBe(false);
  } catch (err) {
    if (!(err instanceof z.ZodError) && !(err instanceof AppError)) throw err;
  }
}

describe("every zod schema at the boundary", () => {
  it("finds the schemas", () => {
    expect(schemas.length).toBeGreaterThan(30);
  });

  for (const [name, schema] of schemas) {
    it(`${name}: a valid parse without control characters, or a typed refusal`, () => {
      const keys = fieldNames(schema);
      const input = keys.length
        ? fc.dictionary(fc.constantFrom(...keys, "extra", "__proto__"), nastyValue, { maxKeys: keys.length + 2 })
        : nastyValue;
      fc.assert(
        fc.property(input, (value) => {
          const parsed = schema.safeParse(value);
          if (parsed.success) for (const s of strings(parsed.data)) expect(hasForbiddenChars(s)).toBe(false);
          else expect(parsed.error).toBeInstanceOf(z.ZodError);
        }),
        { numRuns: 150 },
      );
    });
  }

  // Plausible values make most fields valid, so the one control character is what a schema must catch.
  const PLAUSIBLE = fc.constantFrom(
    "1",
    "10",
    "2020",
    "33",
    "33.72",
    "2025-01-15",
    "Sentra Batik",
    "batik@sentra.test",
    "kata-sandi-panjang-2026",
    "true",
    "on",
    "FEMALE",
    "STAFF",
    "PRIMARY",
    "SERVICE",
    "LKM",
    "NONE",
    "smes",
    "abc_123",
    "Rp 1.000.000",
  );
  for (const [name, schema] of schemas) {
    const keys = fieldNames(schema);
    if (!keys.length) continue;
    it(`${name}: a control character in any one field is refused or removed`, () => {
      fc.assert(
        fc.property(fc.tuple(...keys.map(() => PLAUSIBLE)), fc.nat(keys.length - 1), CONTROL, fc.nat(30), (values, target, control, at) => {
          const input: Record<string, unknown> = Object.fromEntries(keys.map((k, i) => [k, values[i]]));
          const v = String(input[keys[target]!]);
          input[keys[target]!] = v.slice(0, at % (v.length + 1)) + control + v.slice(at % (v.length + 1));
          const parsed = schema.safeParse(input);
          if (parsed.success)
            for (const s of strings(parsed.data)) expect(hasForbiddenChars(s), `${keys[target]} = ${JSON.stringify(s)}`).toBe(false);
        }),
        { numRuns: 300 },
      );
    });
  }

  it("refuses a NUL in a text field with the field message `controlChars`", () => {
    const parsed = clusters.createClusterSchema.safeParse({
      name: "Sentra\u0000",
      commodity: "Batik",
      provinceCode: "33",
      workerCount: "1",
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.find((i) => i.path[0] === "name")?.message).toBe("controlChars");
  });
});

describe("every query-string parser", () => {
  const query = fc.dictionary(
    fc.constantFrom(
      "q",
      "province",
      "regency",
      "cluster",
      "commodity",
      "stage",
      "gender",
      "sort",
      "dir",
      "page",
      "type",
      "status",
      "year",
      "instrument",
      "measure",
      "x",
    ),
    fc.oneof(nastyString, fc.array(nastyString, { maxLength: 3 })),
  );
  const parsers: Array<[string, (raw: Record<string, string | string[] | undefined>) => unknown]> = [
    ["clusterListParams", (raw) => clusterListParams.parse(firstValues(raw))],
    ["smeListParams", (raw) => smeListParams.parse(firstValues(raw))],
    ["selectionParams", (raw) => selectionParams.parse(firstValues(raw))],
    ["institutionListParams", (raw) => institutionListParams.parse(firstValues(raw))],
    ["parseDashboardParams", (raw) => parseDashboardParams(raw)],
    [
      "parseDashboardParams(URLSearchParams)",
      (raw) => parseDashboardParams(new URLSearchParams(Object.entries(firstValues(raw)).map(([k, v]) => [k, v ?? ""]))),
    ],
    ["smes.moveTargetSearchSchema", (raw) => smes.moveTargetSearchSchema.parse(firstValues(raw))],
    ["imports.parseFormat", (raw) => imports.parseFormat(firstValues(raw).q ?? null, imports.EXPORT_FORMATS)],
  ];
  for (const [name, parse] of parsers) {
    it(`${name}: falls back or refuses with a typed error, never lets a control character through`, () => {
      fc.assert(
        fc.property(query, (raw) => expectTypedOutcome(() => parse(raw))),
        { numRuns: 300 },
      );
    });
  }
});

describe("the proxy's URL check", () => {
  it("never throws, and flags every URL that decodes to a control character", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 30 }), fc.string({ unit: "binary", maxLength: 30 }), (path, q) => {
        const url = `http://localhost/${encodeURIComponent(path)}?q=${encodeURIComponent(q)}`;
        expect(isMalformedUrl(url)).toBe(hasForbiddenChars(path) || hasForbiddenChars(q));
      }),
      { numRuns: 500 },
    );
  });

  it("flags broken percent-encoding and leaves ordinary URLs alone", () => {
    for (const bad of ["/clusters/%FF%FE", "/clusters?q=%00", "/x/%E0%80%80", "/a%", "/smes?cluster=a%00b", "/x?%00=1"])
      expect(isMalformedUrl(`http://h${bad}`), bad).toBe(true);
    for (const good of [
      "/clusters?q=batik%20tulis",
      "/smes/demo-1",
      "/dashboard?province=33&commodity=Kopi+Gayo",
      "/x?q=%F0%9F%92%A9",
      "/",
    ])
      expect(isMalformedUrl(`http://h${good}`), good).toBe(false);
  });
});
