import { buildOpenApiDocument } from "@/lib/api/openapi";

/** The API's OpenAPI 3.1 document: public (it describes the API, it holds no data). */
export function GET() {
  return Response.json(buildOpenApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
