import { rm } from "node:fs/promises";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as agendaEvidenceGet } from "@/app/api/agenda-evidence/[clusterId]/[line]/route";
import { cleanUpEvidence } from "@/lib/diagnosis/evidence-cleanup";
import { saveSavingsServiceAction } from "@/lib/monitoring/actions";
import { readAgendaEvidence } from "@/lib/monitoring/read-agenda-evidence";
import { saveSavingsService } from "@/lib/monitoring/save-savings-service";
import { saveSmeOrganisation } from "@/lib/monitoring/save-sme-organisation";
import { getStorage } from "@/lib/storage";
import { assign } from "@/prisma/factories";
import { actorWithRole, prisma } from "../support/db";
import { request, resetRequest } from "../support/action-request";
import { ageFiles, designated, HOUR, PDF, PNG, storedKeys as keysIn, type TemporaryStorage } from "../support/agenda";
import { signInAs as signIn } from "../support/sign-in";

// The storage every verb and the download route use here: a temporary folder per file.
vi.mock("@/lib/storage", async () => (await import("../support/agenda")).temporaryStorage("sentra-agenda-evidence-"));
// The actions run inside a request (tests/support/action-request.ts).
vi.mock("next/headers", async () => (await import("../support/action-request")).nextHeaders());
vi.mock("next/cache", async () => (await import("../support/action-request")).nextCache());
vi.mock("next-intl/server", async () => (await import("../support/action-request")).nextIntlServer());

const storage = getStorage() as TemporaryStorage;
afterAll(() => rm(storage.dir, { recursive: true, force: true }));
beforeEach(resetRequest);

const storedKeys = () => keysIn(storage);

const download = (clusterId: string, line = "savings") =>
  agendaEvidenceGet(new Request(`http://localhost/api/agenda-evidence/${clusterId}/${line}`), {
    params: Promise.resolve({ clusterId, line }),
  });

const savings = (clusterId: string, extra: Record<string, unknown> = {}) => ({
  clusterId,
  version: "",
  status: "IN_PROGRESS",
  note: "Rapat anggota KSP",
  ...extra,
});

describe("agenda evidence file (KSP/USP line)", () => {
  it("stores an uploaded PDF with the line, under the detected type and a corrected name, audited, and serves it with the evidence CSP to those who may see the sentra", async () => {
    const staff = await actorWithRole("STAFF");
    const cluster = await designated("Sentra Bukti");
    const saved = await saveSavingsService({
      actor: staff,
      input: savings(cluster.id, { evidence: { name: "notulen rapat.png", bytes: PDF } }),
    });
    expect(saved).toMatchObject({
      evidenceFileName: "notulen rapat.pdf",
      evidenceContentType: "application/pdf",
      evidenceSize: PDF.byteLength,
      version: 1,
    });
    expect(saved.evidenceKey).toMatch(/^evidence\/agenda\/[0-9a-f]{24}$/);
    expect(await storage.get(saved.evidenceKey!)).toEqual(PDF);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityId: saved.id, action: "savingsService.create" } });
    expect(audit.after).toMatchObject({ evidenceKey: saved.evidenceKey, evidenceFileName: "notulen rapat.pdf" });

    const manager = await actorWithRole("MANAGER");
    await signIn(manager);
    const res = await download(cluster.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; img-src 'self'; style-src 'unsafe-inline'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(res.headers.get("content-disposition")).toBe("inline; filename*=UTF-8''notulen%20rapat.pdf");
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PDF);

    // The consultant assigned to the sentra may download it; another consultant gets "not found", as does a signed-out caller.
    const assigned = await actorWithRole("CONSULTANT");
    const other = await actorWithRole("CONSULTANT");
    await assign(prisma, assigned.id, cluster.id);
    expect((await readAgendaEvidence({ actor: assigned, clusterId: cluster.id, line: "savings" })).bytes).toEqual(PDF);
    await expect(readAgendaEvidence({ actor: other, clusterId: cluster.id, line: "savings" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await signIn(other);
    expect((await download(cluster.id)).status).toBe(404);
    request.cookies.clear();
    expect((await download(cluster.id)).status).toBe(401);
    // A line without a file, and an unknown line, are "not found" too.
    await signIn(manager);
    expect((await download(cluster.id, "organisation")).status).toBe(404);
    expect((await download(cluster.id, "bds")).status).toBe(404);
  });

  it("refuses a file that is not an image or PDF whatever its name, and a file over 5 MB: nothing written, nothing stored", async () => {
    const staff = await actorWithRole("STAFF");
    const cluster = await designated("Sentra Tipe Salah");
    const first = await saveSavingsService({ actor: staff, input: savings(cluster.id, { evidence: { name: "a.pdf", bytes: PDF } }) });
    const keysBefore = await storedKeys();
    const auditsBefore = await prisma.auditLog.count({ where: { entityId: first.id } });
    const html = new TextEncoder().encode("<html><script>alert(1)</script></html>");
    await expect(
      saveSavingsService({
        actor: staff,
        input: savings(cluster.id, { version: "1", status: "DONE", evidence: { name: "bukti.pdf", bytes: html } }),
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", details: { field: "evidence", fieldMessage: "evidenceType" } });
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(PDF);
    await expect(
      saveSavingsService({ actor: staff, input: savings(cluster.id, { version: "1", evidence: new File([big], "besar.pdf") }) }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", details: { fieldMessage: "evidenceTooLarge" } });
    expect(await prisma.clusterSavingsService.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      status: "IN_PROGRESS",
      version: 1,
      evidenceKey: first.evidenceKey,
    });
    expect(await storedKeys()).toEqual(keysBefore);
    expect(await prisma.auditLog.count({ where: { entityId: first.id } })).toBe(auditsBefore);
  });

  it("through the form action, a wrong file type is a message on the file field in the reader's language", async () => {
    const staff = await actorWithRole("STAFF");
    const cluster = await designated("Sentra Formulir");
    await signIn(staff);
    const fd = new FormData();
    for (const [k, v] of Object.entries(savings(cluster.id))) fd.append(k, String(v));
    fd.append("evidence", new File(["just text"], "bukti.pdf", { type: "application/pdf" }));
    const state = await saveSavingsServiceAction({}, fd);
    expect(state.fieldErrors?.evidence).toEqual(["Only images (PNG, JPEG, WebP) or PDF are accepted."]);
    expect(await prisma.clusterSavingsService.count({ where: { clusterId: cluster.id } })).toBe(0);
    // An empty file input (nothing chosen) is no file: the line saves.
    const empty = new FormData();
    for (const [k, v] of Object.entries(savings(cluster.id))) empty.append(k, String(v));
    empty.append("evidence", new File([], ""));
    expect(await saveSavingsServiceAction({}, empty)).toMatchObject({ ok: true });
    expect(await prisma.clusterSavingsService.findUniqueOrThrow({ where: { clusterId: cluster.id } })).toMatchObject({ evidenceKey: null });
  });

  it("a manager, or a consultant on an unassigned sentra, cannot attach a file: refused and nothing left in storage", async () => {
    const cluster = await designated("Sentra Terlarang");
    const keysBefore = await storedKeys();
    const manager = await actorWithRole("MANAGER");
    await expect(
      saveSavingsService({ actor: manager, input: savings(cluster.id, { evidence: { name: "a.pdf", bytes: PDF } }) }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const consultant = await actorWithRole("CONSULTANT");
    await expect(
      saveSavingsService({ actor: consultant, input: savings(cluster.id, { evidence: { name: "a.pdf", bytes: PDF } }) }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await prisma.clusterSavingsService.count({ where: { clusterId: cluster.id } })).toBe(0);
    expect(await storedKeys()).toEqual(keysBefore);
  });

  it("replaces the file under the line's version (the old bytes go), refuses a stale form without leaving its file, and removes the file", async () => {
    const staff = await actorWithRole("STAFF");
    const cluster = await designated("Sentra Ganti");
    const first = await saveSavingsService({ actor: staff, input: savings(cluster.id, { evidence: { name: "a.pdf", bytes: PDF } }) });
    const replaced = await saveSavingsService({
      actor: staff,
      input: savings(cluster.id, { version: "1", evidence: { name: "foto.jpg", bytes: PNG } }),
    });
    expect(replaced).toMatchObject({ version: 2, evidenceFileName: "foto.png", evidenceContentType: "image/png" });
    expect(replaced.evidenceKey).not.toBe(first.evidenceKey);
    expect(await storage.get(first.evidenceKey!)).toBeNull();
    expect(await storage.get(replaced.evidenceKey!)).toEqual(PNG);

    // A save without a file keeps the one attached.
    const kept = await saveSavingsService({ actor: staff, input: savings(cluster.id, { version: "2", status: "DONE" }) });
    expect(kept).toMatchObject({ version: 3, evidenceKey: replaced.evidenceKey });

    const keysBefore = await storedKeys();
    await expect(
      saveSavingsService({ actor: staff, input: savings(cluster.id, { version: "2", evidence: { name: "b.pdf", bytes: PDF } }) }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await storedKeys()).toEqual(keysBefore);

    const removed = await saveSavingsService({ actor: staff, input: savings(cluster.id, { version: "3", removeEvidence: "on" }) });
    expect(removed).toMatchObject({ version: 4, evidenceKey: null, evidenceFileName: null, evidenceContentType: null, evidenceSize: null });
    expect(await storage.get(replaced.evidenceKey!)).toBeNull();
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { entityId: first.id, action: "savingsService.update" },
      orderBy: { createdAt: "desc" },
    });
    expect(audit.before).toMatchObject({ evidenceKey: replaced.evidenceKey });
    expect(audit.after).toMatchObject({ evidenceKey: null });
    await signIn(staff);
    expect((await download(cluster.id)).status).toBe(404);
  });

  it("the SME organisation line takes a file too, and serves it under its own line", async () => {
    const staff = await actorWithRole("STAFF");
    const cluster = await designated("Sentra Organisasi");
    const saved = await saveSmeOrganisation({
      actor: staff,
      input: { clusterId: cluster.id, version: "", status: "DONE", name: "Koperasi Batik", evidence: { name: "akta", bytes: PDF } },
    });
    expect(saved).toMatchObject({ evidenceFileName: "akta.pdf", evidenceContentType: "application/pdf" });
    const read = await readAgendaEvidence({ actor: staff, clusterId: cluster.id, line: "organisation" });
    expect(read).toMatchObject({ fileName: "akta.pdf", contentType: "application/pdf", bytes: PDF });
    await expect(readAgendaEvidence({ actor: staff, clusterId: cluster.id, line: "savings" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("evidence clean-up and agenda files", () => {
  const age = (key: string, hours: number) => ageFiles(storage, [key], hours);

  it("keeps an old file an agenda line still points at, and removes an old agenda file no row holds", async () => {
    const staff = await actorWithRole("STAFF");
    const cluster = await designated("Sentra Bersih");
    const savingsRow = await saveSavingsService({
      actor: staff,
      input: savings(cluster.id, { evidence: { name: "a.pdf", bytes: PDF } }),
    });
    const orgRow = await saveSmeOrganisation({
      actor: staff,
      input: { clusterId: cluster.id, version: "", status: "IN_PROGRESS", evidence: { name: "b.pdf", bytes: PDF } },
    });
    const orphan = "evidence/agenda/cccccccccccccccccccccccc";
    await storage.put(orphan, PDF);
    for (const key of [savingsRow.evidenceKey!, orgRow.evidenceKey!, orphan]) await age(key, 48);

    await cleanUpEvidence({ storage, graceMs: 24 * HOUR });
    expect(await storage.get(savingsRow.evidenceKey!)).toEqual(PDF);
    expect(await storage.get(orgRow.evidenceKey!)).toEqual(PDF);
    expect(await storage.get(orphan)).toBeNull();
    expect(await prisma.auditLog.count({ where: { action: "storage.cleanup_orphan", entityId: orphan } })).toBe(1);
  });
});
