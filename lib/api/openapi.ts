import { z } from "zod";
import { apiErrorBodySchema } from "@/lib/api/errors";
import { clusterDetailSchema, clusterPageSchema, clusterQuerySchema, clusterSchema } from "@/lib/api/clusters";
import { clusterDiagnosisQuerySchema, diagnosisPageSchema, diagnosisQuerySchema, diagnosisSchema } from "@/lib/api/diagnoses";
import { outcomeBatchBodySchema, outcomeBatchResultSchema, outcomePageSchema, outcomeQuerySchema, outcomeSchema } from "@/lib/api/outcomes";
import { dashboardQuerySchema, stageOverviewSchema } from "@/lib/api/dashboard";
import {
  allocationPageSchema,
  allocationQuerySchema,
  allocationSchema,
  disbursementPageSchema,
  disbursementQuerySchema,
  disbursementSchema,
  programmePageSchema,
  programmeQuerySchema,
  programmeSchema,
} from "@/lib/api/financing";
import {
  deliveryPageSchema,
  deliveryQuerySchema,
  deliverySchema,
  providerPageSchema,
  providerQuerySchema,
  providerSchema,
} from "@/lib/api/providers";
import { API_RATE_LIMIT } from "@/lib/api/rate-limit";
import { smeBatchBodySchema, smeBatchResultSchema, smePageSchema, smeQuerySchema, smeSchema } from "@/lib/api/smes";
import type { TokenScope } from "@/lib/tokens/schema";

type Json = Record<string, unknown>;

/** The operations of /api/v1: the document and the reference page (/account/api) list them from here. */
export const API_OPERATIONS = [
  {
    method: "get",
    path: "/clusters",
    operationId: "listClusters",
    summary: "Centres (sentra) the token's owner may see, with their current stage",
    scope: "read",
    query: clusterQuerySchema,
    response: clusterPageSchema,
  },
  {
    method: "get",
    path: "/clusters/{clusterId}",
    operationId: "getCluster",
    summary: "One centre, with its assigned consultants and active SME count",
    scope: "read",
    pathParams: ["clusterId"],
    response: clusterDetailSchema,
  },
  {
    method: "get",
    path: "/smes",
    operationId: "listSmes",
    summary: "Active SMEs of the centres the token's owner may see",
    scope: "read",
    query: smeQuerySchema,
    response: smePageSchema,
  },
  {
    method: "get",
    path: "/diagnoses",
    operationId: "listDiagnoses",
    summary: "Approved diagnoses of the centres the token's owner may see: stage, scores, instrument version",
    scope: "read",
    query: diagnosisQuerySchema,
    response: diagnosisPageSchema,
  },
  {
    method: "get",
    path: "/clusters/{clusterId}/diagnoses",
    operationId: "listClusterDiagnoses",
    summary: "Approved diagnoses of one centre",
    scope: "read",
    pathParams: ["clusterId"],
    query: clusterDiagnosisQuerySchema,
    response: diagnosisPageSchema,
  },
  {
    method: "get",
    path: "/outcomes",
    operationId: "listOutcomes",
    summary: "Yearly outcomes (SMEs, workers, production and export value) of the centres the token's owner may see",
    scope: "read",
    query: outcomeQuerySchema,
    response: outcomePageSchema,
  },
  {
    method: "get",
    path: "/providers",
    operationId: "listProviders",
    summary: "BDS providers the token's owner may see (a consultant: their own provider), with their services",
    scope: "read",
    query: providerQuerySchema,
    response: providerPageSchema,
  },
  {
    method: "get",
    path: "/deliveries",
    operationId: "listDeliveries",
    summary: "BDS service deliveries the token's owner may see, reversals included (amounts negated, so sums net out)",
    scope: "read",
    query: deliveryQuerySchema,
    response: deliveryPageSchema,
  },
  {
    method: "get",
    path: "/map/programmes",
    operationId: "listProgrammes",
    summary: "MAP capital programmes with their channels, budgets and allocated totals",
    scope: "read",
    query: programmeQuerySchema,
    response: programmePageSchema,
  },
  {
    method: "get",
    path: "/map/allocations",
    operationId: "listAllocations",
    summary: "MAP allocations to financial institutions, reversals included",
    scope: "read",
    query: allocationQuerySchema,
    response: allocationPageSchema,
  },
  {
    method: "get",
    path: "/map/disbursements",
    operationId: "listDisbursements",
    summary: "Loans disbursed to SMEs, with what was repaid, reversals included",
    scope: "read",
    query: disbursementQuerySchema,
    response: disbursementPageSchema,
  },
  {
    method: "get",
    path: "/dashboard/stages",
    operationId: "getStageOverview",
    summary: "Active centres by current stage: national, by province, by commodity (the dashboard's numbers, in the owner's scope)",
    scope: "read",
    query: dashboardQuerySchema,
    response: stageOverviewSchema,
  },
  {
    method: "post",
    path: "/smes",
    operationId: "writeSmes",
    summary: "Create or update up to 1,000 SMEs of one centre, all or nothing (the SME import's rules)",
    scope: "smes:write",
    body: smeBatchBodySchema,
    response: smeBatchResultSchema,
  },
  {
    method: "post",
    path: "/outcomes",
    operationId: "writeOutcomes",
    summary: "Create or update up to 100 yearly outcomes of one centre, all or nothing (the monitoring form's rules and versions)",
    scope: "outcomes:write",
    body: outcomeBatchBodySchema,
    response: outcomeBatchResultSchema,
  },
] as const satisfies ReadonlyArray<{
  method: "get" | "post";
  path: string;
  operationId: string;
  summary: string;
  scope: TokenScope;
  query?: z.ZodObject;
  pathParams?: readonly string[];
  body?: z.ZodType;
  response: z.ZodType;
}>;

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: ref("Error") } } });

function idOf(schema: z.ZodType): string {
  const id = schema.meta()?.id;
  if (typeof id !== "string") throw new Error("API schemas in the document need a meta id");
  return id;
}

/**
 * Money fields (whole Rupiah, BigInt) accept a decimal string or an integer, as the
 * SME form's rule reads them; JSON Schema has no BigInt, so say so here.
 */
function moneyInput(ctx: { zodSchema: { _zod: { def: { type: string } } }; jsonSchema: Json }) {
  if (ctx.zodSchema._zod.def.type !== "bigint") return;
  for (const key of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[key];
  Object.assign(ctx.jsonSchema, { type: ["string", "integer"], description: "Whole Rupiah: digits, or an integer." });
}

/** JSON Schema of one parameter, without the draft marker (OpenAPI 3.1 uses JSON Schema 2020-12 inline). */
function parameterSchema(schema: z.ZodType): Json {
  const {
    $schema: _s,
    description: _d,
    ...rest
  } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-2020-12" }) as Json;
  return rest;
}

/**
 * THE OpenAPI 3.1 document of /api/v1, from the zod schemas the handlers parse with
 * (zod 4's JSON Schema output, request side as input types).
 */
export function buildOpenApiDocument(serverUrl = "/api/v1"): Json {
  const registry = z.registry<{ id: string }>();
  for (const shared of [
    apiErrorBodySchema,
    clusterSchema,
    smeSchema,
    diagnosisSchema,
    outcomeSchema,
    providerSchema,
    deliverySchema,
    programmeSchema,
    allocationSchema,
    disbursementSchema,
  ])
    registry.add(shared, { id: idOf(shared) });
  for (const op of API_OPERATIONS) {
    registry.add(op.response, { id: idOf(op.response) });
    if ("body" in op) registry.add(op.body, { id: idOf(op.body) });
  }
  const { schemas } = z.toJSONSchema(registry, {
    io: "input",
    unrepresentable: "any",
    target: "draft-2020-12",
    uri: (id) => `#/components/schemas/${id}`,
    override: moneyInput,
  }) as { schemas: Record<string, Json> };
  for (const s of Object.values(schemas)) delete s.$schema;

  const paths: Record<string, Record<string, Json>> = {};
  for (const op of API_OPERATIONS) {
    const parameters: Json[] = [];
    if ("pathParams" in op)
      for (const name of op.pathParams) parameters.push({ name, in: "path", required: true, schema: { type: "string" } });
    if ("query" in op)
      for (const [name, schema] of Object.entries(op.query.shape)) {
        const description = (schema as z.ZodType).meta()?.description;
        parameters.push({
          name,
          in: "query",
          required: false,
          ...(description ? { description } : {}),
          schema: parameterSchema(schema as z.ZodType),
        });
      }
    parameters.push({ $ref: "#/components/parameters/AcceptLanguage" });
    const responses: Record<string, Json> = {
      "200": { description: "OK", content: { "application/json": { schema: ref(idOf(op.response)) } } },
      "400": errorResponse("Malformed request: a NUL or an invalid encoding in the address, or a body that is not UTF-8 JSON"),
      "401": errorResponse("Token missing, malformed, unknown, expired or revoked, or its owner disabled or locked"),
      "403": errorResponse("The token lacks the scope, or its owner's role the permission"),
      "422": errorResponse("A parameter or field is invalid; `fieldErrors` says which"),
      "429": errorResponse(`More than ${API_RATE_LIMIT.points} requests per ${API_RATE_LIMIT.durationSeconds} s with this token`),
      "500": errorResponse("Unexpected failure (logged); never caused by the input"),
      "503": errorResponse(
        "The database cannot be reached for the moment. Retry after `Retry-After` seconds; a write may or may not have been recorded, so read before repeating it",
      ),
    };
    if (op.method === "get") responses["304"] = { description: "Not modified (If-None-Match matched the ETag)" };
    if ("pathParams" in op) responses["404"] = errorResponse("Not found, or not visible to the token's owner");
    if ("body" in op) {
      responses["413"] = errorResponse("Body larger than 2 MiB");
      responses["415"] = errorResponse("Body is not application/json");
      responses["409"] = errorResponse("Conflicting concurrent change");
    }
    (paths[op.path] ??= {})[op.method] = {
      operationId: op.operationId,
      summary: op.summary,
      description: `Token scope: \`${op.scope}\`.`,
      security: [{ bearerAuth: [] }],
      parameters,
      ...("body" in op ? { requestBody: { required: true, content: { "application/json": { schema: ref(idOf(op.body)) } } } } : {}),
      responses,
    };
  }

  return {
    openapi: "3.1.0",
    info: {
      title: "Sentra API",
      version: "1.0.0",
      description:
        "Read centres (sentra), SMEs, approved diagnoses, BDS providers and deliveries, MAP financing, yearly outcomes and the dashboard's stage counts; write SMEs and yearly outcomes in batches. See docs/api.md.",
      license: { name: "Proprietary", identifier: "LicenseRef-Sentra" },
    },
    servers: [{ url: serverUrl }],
    security: [{ bearerAuth: [] }],
    tags: [],
    paths,
    components: {
      schemas,
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", description: "A personal access token (`sentra_pat_…`) from /account/tokens." },
      },
      parameters: {
        AcceptLanguage: {
          name: "Accept-Language",
          in: "header",
          required: false,
          description: "`id` (default) or `en`: the language of error messages.",
          schema: { type: "string" },
        },
      },
    },
  };
}
