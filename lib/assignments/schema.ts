import { z } from "zod";
import { text } from "@/lib/forms/text";
import { fieldMessage } from "@/lib/forms/messages";

const id = text({ error: fieldMessage("required") })
  .trim()
  .min(1, fieldMessage("required"))
  .max(40);

export const assignmentSchema = z.object({ consultantId: id, clusterId: id });
