import { apiHandler } from "@/lib/api/handler";
import { listSmesApi, writeSmesApi } from "@/lib/api/smes";

export const GET = apiHandler({ scope: "read", permission: "smes:read", run: listSmesApi });
export const POST = apiHandler({ scope: "smes:write", permission: "smes:write", run: writeSmesApi });
