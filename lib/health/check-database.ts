import "server-only";
import { getPool } from "@/lib/db";

/** Whether the database answers `SELECT 1` within `timeoutMs`; rejects with the cause otherwise. */
export async function checkDatabase(timeoutMs = 2000): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      getPool().query("SELECT 1"),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("timeout")), timeoutMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
