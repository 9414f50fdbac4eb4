import "server-only";
import { getClusterApi, listClustersApi } from "@/lib/api/clusters";
import { listClusterDiagnosesApi, listDiagnosesApi } from "@/lib/api/diagnoses";
import { getStageOverviewApi } from "@/lib/api/dashboard";
import { listAllocationsApi, listDisbursementsApi, listProgrammesApi } from "@/lib/api/financing";
import { apiHandler } from "@/lib/api/handler";
import { listDeliveriesApi, listProvidersApi } from "@/lib/api/providers";
import { listOutcomesApi, writeOutcomesApi } from "@/lib/api/outcomes";
import { listSmesApi, writeSmesApi } from "@/lib/api/smes";

/** Every /api/v1 handler, each with its scope and permission; the route files under app/api/v1 only re-export them. */
export const API_V1 = {
  listClusters: apiHandler({ scope: "read", permission: "clusters:read", run: listClustersApi }),
  getCluster: apiHandler({ scope: "read", permission: "clusters:read", run: getClusterApi }),
  listSmes: apiHandler({ scope: "read", permission: "smes:read", run: listSmesApi }),
  listDiagnoses: apiHandler({ scope: "read", permission: "diagnosis:read", run: listDiagnosesApi }),
  listClusterDiagnoses: apiHandler({ scope: "read", permission: "diagnosis:read", run: listClusterDiagnosesApi }),
  listOutcomes: apiHandler({ scope: "read", permission: "monitoring:read", run: listOutcomesApi }),
  listProviders: apiHandler({ scope: "read", permission: "providers:read", run: listProvidersApi }),
  listDeliveries: apiHandler({ scope: "read", permission: "providers:read", run: listDeliveriesApi }),
  listProgrammes: apiHandler({ scope: "read", permission: "financing:read", run: listProgrammesApi }),
  listAllocations: apiHandler({ scope: "read", permission: "financing:read", run: listAllocationsApi }),
  listDisbursements: apiHandler({ scope: "read", permission: "financing:read", run: listDisbursementsApi }),
  getStageOverview: apiHandler({ scope: "read", permission: "dashboard:read", run: getStageOverviewApi }),
  writeSmes: apiHandler({ scope: "smes:write", permission: "smes:write", run: writeSmesApi }),
  writeOutcomes: apiHandler({ scope: "outcomes:write", permission: "monitoring:write", run: writeOutcomesApi }),
};
