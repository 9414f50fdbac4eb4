import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { markNotificationsReadAction, saveDraftAction } from "@/lib/diagnosis/actions";
import { createAllocationAction } from "@/lib/financing/actions";
import { runFormAction } from "@/lib/forms/run-action";
import { formatRupiah } from "@/lib/i18n/format";
import { logger } from "@/lib/logger";
import { createClusterAction } from "@/lib/clusters/actions";
import { createUserAction, updateUserAction } from "@/lib/users/actions";
import { makeUser } from "@/prisma/factories";
import { prisma } from "../support/db";
import { SESSION_COOKIE } from "@/lib/auth/session-policy";
import { form, request, resetRequest } from "../support/action-request";
import { signIn } from "../support/sign-in";

// The actions run inside a request (tests/support/action-request.ts).
vi.mock("next/headers", async () => (await import("../support/action-request")).nextHeaders());
vi.mock("next/cache", async () => (await import("../support/action-request")).nextCache());
vi.mock("next-intl/server", async () => (await import("../support/action-request")).nextIntlServer());

const SIGNED_OUT = "Your session has ended. Please sign in again.";

const newUser = { name: "Wulan Sari", email: "wulan@sentra.test", role: "STAFF", password: "kata-sandi-panjang-1" };

/** The URL a thrown redirect() points at, or null. */
async function redirectOf(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (err) {
    const digest = (err as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw err;
    return digest.split(";")[2] ?? null;
  }
}

beforeEach(resetRequest);
afterEach(() => vi.restoreAllMocks());

describe("the action builder: sessions", () => {
  const cases: Array<[string, () => Promise<unknown>]> = [
    ["no session cookie", async () => {}],
    [
      "a forged cookie (not a token at all)",
      async () => request.cookies.set(SESSION_COOKIE, "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..forged.forged.forged"),
    ],
    ["a token sealed with another secret", () => signIn("ADMIN", { secret: "another-secret-another-secret-another" })],
    ["an expired token (idle timeout)", () => signIn("ADMIN", { maxAge: -20 })],
    ["a token of an ended session (password reset since)", () => signIn("ADMIN", { sv: 99 })],
  ];

  it.each(cases)("%s: a form action answers 'sign in again', keeps the typed values, writes nothing", async (_name, arrange) => {
    await arrange();
    const state = await createUserAction({}, form(newUser));
    expect(state).toEqual({ formError: SIGNED_OUT, values: { name: "Wulan Sari", email: "wulan@sentra.test", role: "STAFF" } });
    expect(await prisma.user.count({ where: { email: newUser.email } })).toBe(0);
    expect(request.revalidated).toEqual([]);
  });

  it.each(cases)("%s: a JSON action (autosave) answers UNAUTHENTICATED", async (_name, arrange) => {
    await arrange();
    expect(await saveDraftAction({ diagnosisId: "d1", version: 1, answers: {} })).toEqual({ ok: false, kind: "UNAUTHENTICATED" });
  });

  it.each(cases)("%s: a form with no state to show redirects to sign-in instead of failing", async (_name, arrange) => {
    await arrange();
    expect(await redirectOf(markNotificationsReadAction(form({})))).toBe("/login");
  });

  it("a valid session passes: the use case runs, the paths are revalidated", async () => {
    await signIn("ADMIN");
    const state = await createUserAction({}, form(newUser));
    expect(state).toEqual({ ok: true, message: "User wulan@sentra.test was created." });
    expect(await prisma.user.count({ where: { email: newUser.email } })).toBe(1);
    expect(request.revalidated).toEqual(["/admin/users"]);
  });
});

describe("the action builder: failures", () => {
  it("a role without the permission gets FORBIDDEN as a message", async () => {
    await signIn("STAFF");
    expect(await createUserAction({}, form(newUser))).toMatchObject({ formError: "You are not allowed to do this." });
    expect(await prisma.user.count({ where: { email: newUser.email } })).toBe(0);
  });

  it("a bad body becomes field errors in the user's language, with the typed values", async () => {
    await signIn("ADMIN");
    const state = await createUserAction({}, form({ ...newUser, email: "not-an-email", name: "" }));
    expect(state.formError).toBe("Please check the highlighted fields.");
    expect(state.fieldErrors).toEqual({ email: ["Enter a valid email address."], name: ["Required."] });
    expect(state.values).toMatchObject({ email: "not-an-email" });
    expect(state.values).not.toHaveProperty("password");
  });

  it("an AppError code from the use case becomes its catalogue message (CONFLICT on a stale version)", async () => {
    await signIn("ADMIN");
    const other = await makeUser(prisma, { role: "STAFF" });
    const state = await updateUserAction({}, form({ id: other.id, version: String(other.version + 5), role: "MANAGER", isActive: "on" }));
    expect(state.formError).toBe(
      "Someone else changed this record after you opened it. Reload the page to see the latest version; your changes were not saved.",
    );
    expect((await prisma.user.findUniqueOrThrow({ where: { id: other.id } })).role).toBe("STAFF");
  });

  it("a business rule of the money forms keeps its amounts, formatted for the reader", async () => {
    await signIn("STAFF");
    const programme = await prisma.mapProgramme.create({ data: { name: "Program Uji", year: 2026, budget: 1_000_000_000n } });
    const channel = await prisma.mapChannel.create({
      data: {
        programmeId: programme.id,
        channel: "LKM",
        ceiling: 100_000_000n,
        standardAmount: 50_000_000n,
        plannedInstitutions: 2,
        plannedProvinces: 1,
      },
    });
    const institution = await prisma.financialInstitution.create({ data: { type: "LKM", name: "LKM Uji", provinceCode: "33" } });
    const state = await createAllocationAction(
      {},
      form({ channelId: channel.id, institutionId: institution.id, amount: "100.000.001", allocatedOn: "2026-01-15" }),
    );
    const rp = formatRupiah(100_000_000n, "en");
    const rule = `This allocation exceeds the channel's ceiling (${rp}). Remaining: ${rp}.`;
    expect(state.fieldErrors).toEqual({ amount: [rule] });
    expect(state.formError).toBe(`Please check the highlighted fields. ${rule}`);
    expect(await prisma.mapAllocation.count()).toBe(0);
  });

  it("an unknown error is logged and answered with the generic message, never the raw text", async () => {
    const user = await signIn("ADMIN");
    const log = vi.spyOn(logger, "error").mockImplementation(() => undefined as never);
    const state = await runFormAction(form({ x: "1" }), {
      permission: "users:manage",
      schema: z.object({ x: z.string() }),
      run: async () => {
        throw new Error(`database exploded for ${user.email}`);
      },
    });
    expect(state).toEqual({
      formError: "Something went wrong. Please try again; if it keeps happening, contact an administrator.",
      values: { x: "1" },
    });
    expect(log).toHaveBeenCalledOnce();
  });

  it("a database that cannot be reached is answered as such, not as an unknown error", async () => {
    await signIn("ADMIN");
    vi.spyOn(logger, "error").mockImplementation(() => undefined as never);
    const state = await runFormAction(form({ x: "1" }), {
      permission: "users:manage",
      schema: z.object({ x: z.string() }),
      run: async () => {
        throw Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
      },
    });
    expect(state).toEqual({
      formError: "The database cannot be reached right now. Check whether your change was recorded before trying it again.",
      values: { x: "1" },
    });
  });

  it("a success with a redirect goes there after revalidating", async () => {
    await signIn("STAFF");
    const url = await redirectOf(
      createClusterAction(
        {},
        form({ name: "Sentra Uji", commodity: "Batik", provinceCode: "33", regencyCode: "33.72", workerCount: "40" }),
      ),
    );
    const cluster = await prisma.cluster.findFirstOrThrow({ where: { name: "Sentra Uji" } });
    expect(url).toBe(`/clusters/${cluster.id}?created=1`);
    expect(request.revalidated).toEqual(["/clusters"]);
  });
});
