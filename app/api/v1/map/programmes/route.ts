import { API_V1 } from "@/lib/api/routes";

export const GET = API_V1.listProgrammes;
