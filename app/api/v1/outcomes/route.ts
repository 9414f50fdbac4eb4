import { API_V1 } from "@/lib/api/routes";

export const GET = API_V1.listOutcomes;
export const POST = API_V1.writeOutcomes;
