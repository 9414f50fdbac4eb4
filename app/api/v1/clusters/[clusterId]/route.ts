import { getClusterApi } from "@/lib/api/clusters";
import { apiHandler } from "@/lib/api/handler";

export const GET = apiHandler({ scope: "read", permission: "clusters:read", run: getClusterApi });
