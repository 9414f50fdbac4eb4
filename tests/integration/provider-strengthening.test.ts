import { beforeEach, describe, expect, it, vi } from "vitest";
import { saveJointProgrammeAction, updateProviderAction } from "@/lib/providers/actions";
import { getProviderPage, listJointProgrammes } from "@/lib/providers/queries";
import { saveJointProgramme } from "@/lib/providers/save-joint-programme";
import { updateProvider } from "@/lib/providers/update-provider";
import { actorWithRole, prisma } from "../support/db";
import { form, resetRequest } from "../support/action-request";
import { signIn } from "../support/sign-in";

// The actions run inside a request (tests/support/action-request.ts).
vi.mock("next/headers", async () => (await import("../support/action-request")).nextHeaders());
vi.mock("next/cache", async () => (await import("../support/action-request")).nextCache());
vi.mock("next-intl/server", async () => (await import("../support/action-request")).nextIntlServer());

async function providers() {
  const a = await prisma.bdsProvider.create({ data: { name: "LPB Penguatan A", provinceCode: "33", services: ["TRAINING"] } });
  const b = await prisma.bdsProvider.create({ data: { name: "LPB Penguatan B", provinceCode: "34", services: ["MENTORING"] } });
  return { a, b };
}

const profileOf = (p: { id: string; name: string; provinceCode: string; version: number }, extra: Record<string, string> = {}) => ({
  id: p.id,
  version: String(p.version),
  name: p.name,
  provinceCode: p.provinceCode,
  accreditationStatus: "ACCREDITED",
  accreditationBody: "International BDS Network",
  accreditedOn: "2025-03-01",
  accreditationExpiresOn: "2028-02-28",
  networkName: "Forum LPB Jawa Tengah",
  networkMemberships: "Forum LPB Jawa Tengah; Asosiasi Konsultan UKM ; Forum LPB Jawa Tengah",
  ...extra,
});

const auditCount = (entityId: string) => prisma.auditLog.count({ where: { entityId } });

beforeEach(resetRequest);

describe("BDS strengthening per provider: accreditation and networks", () => {
  it("staff save accreditation dates and network memberships under the version; audited; a stale form is refused", async () => {
    const { a } = await providers();
    await signIn("STAFF");
    const saved = await updateProviderAction({}, form(profileOf(a)));
    expect(saved).toMatchObject({ ok: true, message: "Profile of LPB Penguatan A saved." });
    const after = await prisma.bdsProvider.findUniqueOrThrow({ where: { id: a.id } });
    expect(after).toMatchObject({
      accreditationStatus: "ACCREDITED",
      accreditedOn: new Date("2025-03-01T00:00:00Z"),
      accreditationExpiresOn: new Date("2028-02-28T00:00:00Z"),
      // Trimmed, duplicates dropped.
      networkMemberships: ["Forum LPB Jawa Tengah", "Asosiasi Konsultan UKM"],
      version: 2,
    });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityId: a.id } });
    expect(audit.action).toBe("bdsProvider.update");
    // The form opened at version 1 is refused and writes nothing.
    const stale = await updateProviderAction({}, form(profileOf(a, { networkMemberships: "Lain" })));
    expect(stale.ok).toBeFalsy();
    expect(stale.formError).toMatch(/changed|reload/i);
    expect((await prisma.bdsProvider.findUniqueOrThrow({ where: { id: a.id } })).version).toBe(2);
    expect(await auditCount(a.id)).toBe(1);
  });

  it("bad input is refused with a clear message per field, and nothing is written", async () => {
    const { a } = await providers();
    await signIn("ADMIN");
    const expired = await updateProviderAction({}, form(profileOf(a, { accreditationExpiresOn: "2024-12-31" })));
    expect(expired.fieldErrors?.accreditationExpiresOn).toEqual(["The expiry date cannot be before the accreditation date."]);
    const badDate = await updateProviderAction({}, form(profileOf(a, { accreditedOn: "2025-02-30" })));
    expect(badDate.fieldErrors?.accreditedOn).toEqual(["This day is not in the calendar (e.g. 31/02). Check the day and the month."]);
    const many = Array.from({ length: 21 }, (_, i) => `Jaringan ${i}`).join(";");
    const tooMany = await updateProviderAction({}, form(profileOf(a, { networkMemberships: many })));
    expect(tooMany.fieldErrors?.networkMemberships).toEqual(["At most 20 networks."]);
    const row = await prisma.bdsProvider.findUniqueOrThrow({ where: { id: a.id } });
    expect(row).toMatchObject({ version: 1, accreditedOn: null, networkMemberships: [] });
    expect(await auditCount(a.id)).toBe(0);
  });

  it("managers and consultants may not edit a provider (the action and the verb), nothing written", async () => {
    const { a } = await providers();
    await signIn("MANAGER");
    expect((await updateProviderAction({}, form(profileOf(a)))).ok).toBeFalsy();
    const consultant = await actorWithRole("CONSULTANT", { bdsProviderId: a.id });
    await expect(updateProvider({ actor: consultant, input: profileOf(a) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await prisma.bdsProvider.findUniqueOrThrow({ where: { id: a.id } })).version).toBe(1);
    expect(await auditCount(a.id)).toBe(0);
  });
});

describe("joint programmes between providers", () => {
  const programme = (providerId: string, partnerId: string, extra: Record<string, string> = {}) => ({
    id: "",
    version: "",
    providerId,
    partnerId,
    name: "Pelatihan ekspor bersama",
    startedOn: "2026-02-01",
    status: "IN_PROGRESS",
    note: "",
    ...extra,
  });

  it("recorded on one provider's page, both sides see it; the partner's side edits it under its version; audited", async () => {
    const { a, b } = await providers();
    const staff = await signIn("STAFF");
    const created = await saveJointProgrammeAction({}, form(programme(a.id, b.id)));
    expect(created).toMatchObject({ ok: true, message: "Joint programme Pelatihan ekspor bersama saved." });
    const row = await prisma.bdsJointProgramme.findFirstOrThrow({ where: { providerId: a.id } });
    expect(row).toMatchObject({ partnerId: b.id, status: "IN_PROGRESS", version: 1, recordedById: staff.id });

    const viewer = await actorWithRole("MANAGER");
    expect((await listJointProgrammes(viewer, a.id)).map((p) => p.partner.name)).toEqual(["LPB Penguatan B"]);
    expect((await listJointProgrammes(viewer, b.id)).map((p) => p.partner.name)).toEqual(["LPB Penguatan A"]);

    // Edited from B's page: the partner is then A.
    const edited = await saveJointProgrammeAction(
      {},
      form(programme(b.id, a.id, { id: row.id, version: "1", status: "DONE", note: "Selesai, 40 peserta" })),
    );
    expect(edited.ok).toBe(true);
    expect(await prisma.bdsJointProgramme.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      providerId: a.id,
      partnerId: b.id,
      status: "DONE",
      version: 2,
    });
    // The same stale form again is refused.
    const stale = await saveJointProgrammeAction({}, form(programme(b.id, a.id, { id: row.id, version: "1" })));
    expect(stale.ok).toBeFalsy();
    const audit = await prisma.auditLog.findMany({ where: { entityId: row.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((x) => x.action)).toEqual(["bdsJointProgramme.create", "bdsJointProgramme.update"]);
  });

  it("a consultant sees the programmes of their own provider only; a manager reads but cannot record; consultants cannot record", async () => {
    const { a, b } = await providers();
    const staff = await actorWithRole("STAFF");
    await saveJointProgramme({ actor: staff, input: programme(a.id, b.id) });
    const ofB = await actorWithRole("CONSULTANT", { bdsProviderId: b.id });
    expect(await listJointProgrammes(ofB, b.id)).toHaveLength(1);
    expect(await listJointProgrammes(ofB, a.id)).toEqual([]);
    expect(await getProviderPage(ofB, a.id)).toBeNull();
    await expect(saveJointProgramme({ actor: ofB, input: programme(b.id, a.id) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await signIn("MANAGER");
    const refused = await saveJointProgrammeAction({}, form(programme(a.id, b.id, { name: "Program manajer" })));
    expect(refused.ok).toBeFalsy();
    expect(await prisma.bdsJointProgramme.count()).toBe(1);
  });

  it("bad input is refused with a clear message, and nothing is written", async () => {
    const { a, b } = await providers();
    await signIn("STAFF");
    const self = await saveJointProgrammeAction({}, form(programme(a.id, a.id)));
    expect(self.fieldErrors?.partnerId).toEqual(["Choose another provider: a provider cannot run a joint programme with itself."]);
    const unknown = await saveJointProgrammeAction({}, form(programme(a.id, "no-such-provider")));
    expect(unknown.fieldErrors?.partnerId).toEqual(["Unknown provider."]);
    const noName = await saveJointProgrammeAction({}, form(programme(a.id, b.id, { name: "  " })));
    expect(noName.fieldErrors?.name?.length).toBe(1);
    const badStatus = await saveJointProgrammeAction({}, form(programme(a.id, b.id, { status: "FINISHED" })));
    expect(badStatus.fieldErrors?.status?.length).toBe(1);
    expect(await prisma.bdsJointProgramme.count()).toBe(0);
    expect(await prisma.auditLog.count({ where: { entityType: "BdsJointProgramme" } })).toBe(0);

    // An existing programme's partner cannot be swapped through an edit.
    const staff = await actorWithRole("STAFF");
    const row = await saveJointProgramme({ actor: staff, input: programme(a.id, b.id) });
    const c = await prisma.bdsProvider.create({ data: { name: "LPB Penguatan C", provinceCode: "33", services: [] } });
    const swapped = await saveJointProgrammeAction({}, form(programme(a.id, c.id, { id: row.id, version: "1" })));
    expect(swapped.fieldErrors?.partnerId).toEqual(["The partner of a joint programme cannot be changed; record a new programme instead."]);
    expect((await prisma.bdsJointProgramme.findUniqueOrThrow({ where: { id: row.id } })).version).toBe(1);
  });
});
