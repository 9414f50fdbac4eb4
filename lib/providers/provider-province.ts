import "server-only";
import { type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

export async function assertProvince(tx: Tx, code: string) {
  if (!(await tx.province.findUnique({ where: { code }, select: { code: true } }))) {
    throw new AppError("INVALID_INPUT", "unknown province", { field: "provinceCode", fieldMessage: "unknownArea" });
  }
}
