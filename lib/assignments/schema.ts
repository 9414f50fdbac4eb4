import { z } from "zod";
import { fieldMessage } from "@/lib/forms/messages";

const id = z.string({ error: fieldMessage("required") }).trim().min(1, fieldMessage("required")).max(40);

export const assignmentSchema = z.object({ consultantId: id, clusterId: id });