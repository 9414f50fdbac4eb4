/**
 * The embedded server's start notices a postmaster that died while starting, however it
 * died: a kill by signal leaves exitCode null (signalCode set), and the supervisor used
 * to wait the full 30 s for a server that was gone.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { freePort, waitUntilReady } from "@/scripts/lib/embedded-postgres";

describe("waitUntilReady", () => {
  it.each(["SIGKILL", "SIGTERM"] as const)("gives up at once on a server killed by %s during its start", async (signal) => {
    const child = spawn("sleep", ["60"], { stdio: "ignore" });
    child.kill(signal);
    await once(child, "exit");
    expect(child.exitCode).toBeNull();
    const started = Date.now();
    await expect(waitUntilReady(`postgresql://postgres:x@127.0.0.1:${await freePort()}/postgres`, child, () => "")).rejects.toThrow(
      /exited during start/,
    );
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
