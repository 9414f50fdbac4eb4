import { afterEach, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/auth/[...nextauth]/route";
import { logger } from "@/lib/logger";
import { NextRequest } from "next/server";

const call = (handler: typeof POST, path: string[], init?: RequestInit) =>
  handler(new NextRequest(`http://localhost:3000/api/auth/${path.join("/")}`, init as ConstructorParameters<typeof NextRequest>[1]), {
    params: Promise.resolve({ nextauth: path }),
  });

afterEach(() => vi.restoreAllMocks());

// Every other action goes to next-auth, which needs Next's request scope: the e2e sign-ins
// and the access matrix (tests/access) cover those.
describe("the next-auth route", () => {
  it("answers /_log as next-auth does but writes nothing to the log, whatever the body says", async () => {
    const spies = [
      vi.spyOn(logger, "error"),
      vi.spyOn(logger, "warn"),
      vi.spyOn(logger, "debug"),
      vi.spyOn(console, "error"),
      vi.spyOn(console, "warn"),
    ];
    for (const body of <Record<string, string>[]>[
      { level: "error", code: "FORGED", message: "written by anyone" },
      { level: "toString", code: "X" },
      { level: "no-such-level", code: "X" },
    ]) {
      const res = await call(POST, ["_log"], {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams(body).toString(),
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({});
    }
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });
});
