import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { API_ERROR_CODES } from "@/lib/api/errors";
import { API_OPERATIONS, buildOpenApiDocument } from "@/lib/api/openapi";
import en from "@/lib/i18n/messages/en/api.json";
import id from "@/lib/i18n/messages/id/api.json";

const run = promisify(execFile);

describe("the OpenAPI document of /api/v1", () => {
  const doc = buildOpenApiDocument() as {
    openapi: string;
    paths: Record<string, Record<string, { parameters: Array<{ name?: string }>; requestBody?: unknown }>>;
    components: { schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }> };
  };

  it("describes every operation, with the SME schema's own fields and rules as the batch item", () => {
    expect(doc.openapi).toBe("3.1.0");
    for (const op of API_OPERATIONS) expect(doc.paths[op.path]?.[op.method], `${op.method} ${op.path}`).toBeDefined();
    expect(doc.paths["/clusters"]!.get!.parameters.map((p) => p.name)).toEqual([
      "province",
      "commodity",
      "stage",
      "q",
      "cursor",
      "limit",
      undefined,
    ]);
    const batch = doc.components.schemas.SmeBatch as {
      properties: { smes: { items: { properties: Record<string, unknown>; required: string[] } } };
    };
    expect(Object.keys(batch.properties.smes.items.properties)).toContain("nib");
    expect(batch.properties.smes.items.required).toEqual(["businessName", "ownerName", "workerCount"]);
    expect(batch.properties.smes.items.properties.annualTurnover).toMatchObject({
      anyOf: [{ type: ["string", "integer"] }, { type: "null" }],
    });
    expect(Object.keys(doc.components.schemas).sort()).toEqual([
      "BdsProvider",
      "BdsProviderPage",
      "Cluster",
      "ClusterDetail",
      "ClusterPage",
      "Diagnosis",
      "DiagnosisPage",
      "Disbursement",
      "DisbursementPage",
      "Error",
      "MapAllocation",
      "MapAllocationPage",
      "MapProgramme",
      "MapProgrammePage",
      "Outcome",
      "OutcomeBatch",
      "OutcomeBatchResult",
      "OutcomePage",
      "ServiceDelivery",
      "ServiceDeliveryPage",
      "Sme",
      "SmeBatch",
      "SmeBatchResult",
      "SmePage",
      "StageOverview",
    ]);
    expect(batch.properties.smes.items.properties.workerCount).toMatchObject({ type: "integer", minimum: 0, maximum: 100000 });
  });

  it("documents an outcome year's production value as required, as the outcome schema enforces (zero allowed)", () => {
    const outcomes = doc.components.schemas.OutcomeBatch as {
      properties: { outcomes: { items: { properties: Record<string, unknown>; required: string[] } } };
    };
    expect(outcomes.properties.outcomes.items.required).toEqual(["year", "smeCount", "workerCount", "productionValue", "source"]);
    expect(outcomes.properties.outcomes.items.properties.productionValue).toMatchObject({ type: ["string", "integer"] });
    expect(outcomes.properties.outcomes.items.properties.exportValue).toMatchObject({
      anyOf: [{ type: ["string", "integer"] }, { type: "null" }],
    });
  });

  it("every error code has its message in both languages", () => {
    for (const code of API_ERROR_CODES) {
      expect(id.errors[code], code).toBeTruthy();
      expect(en.errors[code], code).toBeTruthy();
    }
  });

  // The document is checked by a tool that did not write it.
  it("passes `redocly lint` (recommended rules)", { timeout: 120_000 }, async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "sentra-openapi-")), "openapi.json");
    writeFileSync(file, JSON.stringify(doc, null, 2));
    const bin = path.resolve("node_modules/.bin/redocly");
    const { stdout, stderr } = await run(bin, ["lint", file, "--format=stylish"], {
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
    }).catch((err: { stdout: string; stderr: string }) => ({ stdout: err.stdout, stderr: `${err.stderr}\nFAILED` }));
    expect(`${stdout}\n${stderr}`).not.toMatch(/FAILED|Validation failed|You have \d+ warning/);
    expect(`${stdout}\n${stderr}`).toMatch(/Your API description is valid/);
  });
});
