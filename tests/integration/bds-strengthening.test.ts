import { rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as strengtheningEvidenceGet } from "@/app/api/bds-strengthening-evidence/[providerId]/route";
import { cleanUpEvidence } from "@/lib/diagnosis/evidence-cleanup";
import { saveBdsStrengtheningAction } from "@/lib/monitoring/actions";
import { getClusterMonitoring, listAgenda } from "@/lib/monitoring/queries";
import { saveBdsStrengthening } from "@/lib/monitoring/save-bds-strengthening";
import { agendaFilterSchema } from "@/lib/monitoring/schema";
import { getProviderPage } from "@/lib/providers/queries";
import { getStorage } from "@/lib/storage";
import { makeCluster, makeProvider } from "@/prisma/factories";
import { actorWithRole, prisma } from "../support/db";
import { form, resetRequest } from "../support/action-request";
import { ageFiles, HOUR, PDF, storedKeys as keysIn, type TemporaryStorage } from "../support/agenda";
import { signInAs as signIn } from "../support/sign-in";

// As in agenda-evidence.test.ts: the verbs and the download route share a temporary folder.
vi.mock("@/lib/storage", async () => (await import("../support/agenda")).temporaryStorage("sentra-bds-evidence-"));
// The actions run inside a request (tests/support/action-request.ts).
vi.mock("next/headers", async () => (await import("../support/action-request")).nextHeaders());
vi.mock("next/cache", async () => (await import("../support/action-request")).nextCache());
vi.mock("next-intl/server", async () => (await import("../support/action-request")).nextIntlServer());

const storage = getStorage() as TemporaryStorage;
afterAll(() => rm(storage.dir, { recursive: true, force: true }));
beforeEach(async () => {
  resetRequest();
  // Each test counts the files it stored: none are left from the one before.
  await rm(path.join(storage.dir, "evidence"), { recursive: true, force: true });
});

const storedKeys = () => keysIn(storage);

const download = (providerId: string) =>
  strengtheningEvidenceGet(new Request(`http://localhost/api/bds-strengthening-evidence/${providerId}`), {
    params: Promise.resolve({ providerId }),
  });

/** A designated sentra served by a provider that is accredited (a supporting fact only). */
async function servedSentra(name: string) {
  const provider = await makeProvider(prisma, { name: `LPB ${name}` });
  await prisma.bdsProvider.update({ where: { id: provider.id }, data: { accreditationStatus: "ACCREDITED", networkName: "Jaringan BDS" } });
  const cluster = await makeCluster(prisma, { name, provinceCode: "33" });
  await prisma.cluster.update({ where: { id: cluster.id }, data: { isDesignated: true, bdsProviderId: provider.id } });
  return { provider, cluster };
}

describe("the provider's strengthening BDS line", () => {
  it("staff record it with a file; its status is the sentra's BDS line on the agenda list and the cluster page; audited, versioned", async () => {
    const staff = await actorWithRole("STAFF");
    const { provider, cluster } = await servedSentra("Sentra Penguatan");
    // Never recorded: not started, whatever the accreditation and network say.
    expect((await listAgenda(staff, agendaFilterSchema.parse({}))).rows[0]!.bds).toMatchObject({ status: "NOT_STARTED" });

    const created = await saveBdsStrengthening({
      actor: staff,
      input: {
        providerId: provider.id,
        version: "",
        status: "IN_PROGRESS",
        statusDate: "2026-11-20",
        note: "MoU jaringan",
        evidence: { name: "mou", bytes: PDF },
      },
    });
    expect(created).toMatchObject({ status: "IN_PROGRESS", version: 1, recordedById: staff.id, evidenceFileName: "mou.pdf" });
    expect(await storedKeys()).toEqual([created.evidenceKey]);
    const list = await listAgenda(staff, agendaFilterSchema.parse({ status: "IN_PROGRESS" }));
    expect(list.rows.map((r) => [r.name, r.bds.status])).toEqual([["Sentra Penguatan", "IN_PROGRESS"]]);
    const page = await getClusterMonitoring(staff, cluster.id);
    expect(page?.bdsProvider).toMatchObject({ status: "IN_PROGRESS", accreditationStatus: "ACCREDITED", networkName: "Jaringan BDS" });
    expect(page?.bdsProvider?.strengthening).toMatchObject({ note: "MoU jaringan", recordedBy: { name: staff.name } });

    // Done under its version, keeping the file; a stale form is refused and its new file not kept.
    const done = await saveBdsStrengthening({ actor: staff, input: { providerId: provider.id, version: "1", status: "DONE" } });
    expect(done).toMatchObject({ status: "DONE", version: 2, evidenceKey: created.evidenceKey });
    await expect(
      saveBdsStrengthening({
        actor: staff,
        input: { providerId: provider.id, version: "1", status: "NOT_STARTED", evidence: { name: "x.pdf", bytes: PDF } },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await storedKeys()).toEqual([created.evidenceKey]);
    expect((await listAgenda(staff, agendaFilterSchema.parse({ status: "DONE" }))).rows.map((r) => r.bds.status)).toEqual(["DONE"]);
    expect((await getProviderPage(staff, provider.id))?.provider.strengthening).toMatchObject({ status: "DONE", version: 2 });

    // A replacement deletes the old bytes after the commit; removal deletes the file.
    const replaced = await saveBdsStrengthening({
      actor: staff,
      input: { providerId: provider.id, version: "2", status: "DONE", evidence: { name: "b.pdf", bytes: PDF } },
    });
    expect(await storedKeys()).toEqual([replaced.evidenceKey]);
    const removed = await saveBdsStrengthening({
      actor: staff,
      input: { providerId: provider.id, version: "3", status: "DONE", removeEvidence: "on" },
    });
    expect(removed.evidenceKey).toBeNull();
    expect(await storedKeys()).toEqual([]);

    const audit = await prisma.auditLog.findMany({ where: { entityType: "BdsStrengthening" }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual([
      "bdsStrengthening.create",
      "bdsStrengthening.update",
      "bdsStrengthening.update",
      "bdsStrengthening.update",
    ]);
    expect(audit[1]!.before).toMatchObject({ status: "IN_PROGRESS" });
    expect(audit[1]!.after).toMatchObject({ status: "DONE" });
  });

  it("only staff and admins edit it: a consultant (even of that provider) and a manager are refused, nothing written or stored", async () => {
    const { provider } = await servedSentra("Sentra Peran");
    const consultant = await actorWithRole("CONSULTANT", { bdsProviderId: provider.id });
    const manager = await actorWithRole("MANAGER");
    for (const actor of [consultant, manager]) {
      await expect(
        saveBdsStrengthening({ actor, input: { providerId: provider.id, status: "DONE", evidence: { name: "a.pdf", bytes: PDF } } }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      await signIn(actor);
      const state = await saveBdsStrengtheningAction({}, form({ providerId: provider.id, version: "", status: "DONE" }));
      expect(state.formError).toMatch(/not allowed/i);
    }
    const admin = await actorWithRole("ADMIN");
    await expect(saveBdsStrengthening({ actor: admin, input: { providerId: "tidak-ada", status: "DONE" } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await prisma.bdsStrengthening.count()).toBe(0);
    expect(await prisma.auditLog.count({ where: { entityType: "BdsStrengthening" } })).toBe(0);
    expect(await storedKeys()).toEqual([]);
  });

  it("bad input is refused on its field with nothing written: an unknown status, a text file named .pdf", async () => {
    const staff = await actorWithRole("STAFF");
    const { provider } = await servedSentra("Sentra Salah");
    await signIn(staff);
    const badStatus = await saveBdsStrengtheningAction({}, form({ providerId: provider.id, version: "", status: "MAYBE" }));
    expect(Object.keys(badStatus.fieldErrors ?? {})).toEqual(["status"]);
    const badFile = await saveBdsStrengtheningAction(
      {},
      form({
        providerId: provider.id,
        version: "",
        status: "DONE",
        evidence: new File(["just text"], "bukti.pdf", { type: "application/pdf" }),
      }),
    );
    expect(badFile.fieldErrors?.evidence).toEqual(["Only images (PNG, JPEG, WebP) or PDF are accepted."]);
    expect(await prisma.bdsStrengthening.count()).toBe(0);
    expect(await storedKeys()).toEqual([]);
    const ok = await saveBdsStrengtheningAction(
      {},
      form({ providerId: provider.id, version: "", status: "DONE", evidence: new File([PDF], "bukti.pdf", { type: "application/pdf" }) }),
    );
    expect(ok.fieldErrors).toBeUndefined();
    expect(await prisma.bdsStrengthening.count()).toBe(1);
  });

  it("its file downloads for those who may see the provider (a consultant: their own only), and the clean-up keeps it", async () => {
    const staff = await actorWithRole("STAFF");
    const { provider } = await servedSentra("Sentra Unduh");
    const own = await actorWithRole("CONSULTANT", { bdsProviderId: provider.id });
    const stranger = await actorWithRole("CONSULTANT");
    const manager = await actorWithRole("MANAGER");
    const row = await saveBdsStrengthening({
      actor: staff,
      input: { providerId: provider.id, status: "DONE", evidence: { name: "sertifikat.pdf", bytes: PDF } },
    });
    expect((await download(provider.id)).status).toBe(401);
    for (const [actor, status] of [
      [own, 200],
      [manager, 200],
      [stranger, 404],
    ] as const) {
      await signIn(actor);
      const res = await download(provider.id);
      expect(res.status).toBe(status);
      if (status === 200) {
        expect(res.headers.get("content-type")).toBe("application/pdf");
        expect(res.headers.get("x-content-type-options")).toBe("nosniff");
        expect(new Uint8Array(await res.arrayBuffer())).toEqual(PDF);
      }
    }
    const orphan = "evidence/agenda/dddddddddddddddddddddddd";
    await storage.put(orphan, PDF);
    await ageFiles(storage, [row.evidenceKey!, orphan], 48);
    await cleanUpEvidence({ storage, graceMs: 24 * HOUR });
    expect(await storage.get(row.evidenceKey!)).toEqual(PDF);
    expect(await storage.get(orphan)).toBeNull();
  });
});
