import { beforeEach, describe, expect, it, vi } from "vitest";
import { saveSmeOrganisationAction } from "@/lib/monitoring/actions";
import { getClusterMonitoring, listAgenda } from "@/lib/monitoring/queries";
import { saveSmeOrganisation } from "@/lib/monitoring/save-sme-organisation";
import { agendaFilterSchema } from "@/lib/monitoring/schema";
import { moveSme } from "@/lib/smes/move-sme";
import { assign, makeSme } from "@/prisma/factories";
import { actorWithRole, prisma } from "../support/db";
import { agendaCsv, designated } from "../support/agenda";
import { form, resetRequest } from "../support/action-request";
import { signIn } from "../support/sign-in";

vi.mock("next/headers", async () => (await import("../support/action-request")).nextHeaders());
vi.mock("next/cache", async () => (await import("../support/action-request")).nextCache());
vi.mock("next-intl/server", async () => (await import("../support/action-request")).nextIntlServer());

const memberRows = async () => (await prisma.smeOrganisationMember.findMany({ select: { smeId: true } })).map((m) => m.smeId).sort();

beforeEach(resetRequest);

describe("members of the SME organisation", () => {
  it("are saved with the line, replaced as a set under its version, and audited with the member ids before and after", async () => {
    const staff = await actorWithRole("STAFF");
    const cluster = await designated("Sentra Anggota");
    const [a, b, c] = await Promise.all(
      ["UKM Alfa", "UKM Beta", "UKM Gama"].map((businessName) => makeSme(prisma, { clusterId: cluster.id, businessName })),
    );
    const created = await saveSmeOrganisation({
      actor: staff,
      input: { clusterId: cluster.id, status: "IN_PROGRESS", name: "Forum UKM", memberIds: [a!.id, b!.id, a!.id] },
    });
    expect(created.memberIds).toEqual([a!.id, b!.id].sort());
    expect(await memberRows()).toEqual([a!.id, b!.id].sort());

    const updated = await saveSmeOrganisation({
      actor: staff,
      input: { clusterId: cluster.id, version: "1", status: "DONE", name: "Forum UKM", memberIds: [b!.id, c!.id] },
    });
    expect(updated).toMatchObject({ version: 2, memberIds: [b!.id, c!.id].sort() });
    expect(await memberRows()).toEqual([b!.id, c!.id].sort());

    // A stale form (version 1) is refused: neither the line nor its members change.
    await expect(
      saveSmeOrganisation({
        actor: staff,
        input: { clusterId: cluster.id, version: "1", status: "DONE", name: "Forum UKM", memberIds: [] },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await memberRows()).toEqual([b!.id, c!.id].sort());

    const audit = await prisma.auditLog.findMany({ where: { entityType: "SmeOrganisation" }, orderBy: { createdAt: "asc" } });
    expect(audit.map((r) => r.action)).toEqual(["smeOrganisation.create", "smeOrganisation.update"]);
    expect(audit[0]!.after).toMatchObject({ memberIds: [a!.id, b!.id].sort() });
    expect(audit[1]!.before).toMatchObject({ memberIds: [a!.id, b!.id].sort() });
    expect(audit[1]!.after).toMatchObject({ memberIds: [b!.id, c!.id].sort() });

    // The count shows on the cluster page, the agenda list and its export.
    const monitoring = await getClusterMonitoring(staff, cluster.id);
    expect(monitoring?.smeOrganisation?.members).toHaveLength(2);
    expect(monitoring?.smes.map((s) => s.businessName)).toEqual(["UKM Alfa", "UKM Beta", "UKM Gama"]);
    const list = await listAgenda(staff, agendaFilterSchema.parse({}));
    expect(list.rows[0]!.organisation).toMatchObject({ name: "Forum UKM", members: 2 });
    const csv = await agendaCsv(staff);
    const [header, row] = csv.trim().split(/\r?\n/);
    expect(header!.split(",").at(-1)).toBe("members");
    expect(row!.split(",").at(-1)).toBe("2");
  });

  it("refuses an SME of another sentra (or an archived one) with a message on the field, and writes nothing", async () => {
    const cluster = await designated("Sentra Sendiri");
    const elsewhere = await designated("Sentra Tetangga");
    const own = await makeSme(prisma, { clusterId: cluster.id, businessName: "UKM Sendiri" });
    const foreign = await makeSme(prisma, { clusterId: elsewhere.id, businessName: "UKM Tetangga" });
    const archived = await makeSme(prisma, { clusterId: cluster.id, businessName: "UKM Tutup" });
    await prisma.sme.update({ where: { id: archived.id }, data: { status: "ARCHIVED", archivedAt: new Date() } });
    await signIn("STAFF");
    for (const bad of [foreign.id, archived.id]) {
      const state = await saveSmeOrganisationAction(
        {},
        form({ clusterId: cluster.id, version: "", status: "IN_PROGRESS", name: "Paguyuban", memberIds: [own.id, bad] }),
      );
      expect(state.fieldErrors?.memberIds).toEqual(["Members must be active SMEs of this centre. Reload the page and choose again."]);
    }
    expect(await prisma.smeOrganisation.count()).toBe(0);
    expect(await prisma.smeOrganisationMember.count()).toBe(0);
    expect(await prisma.auditLog.count({ where: { entityType: "SmeOrganisation" } })).toBe(0);

    // Through the form's checkbox group (several values under one name) the good set saves.
    const ok = await saveSmeOrganisationAction(
      {},
      form({ clusterId: cluster.id, version: "", status: "IN_PROGRESS", memberIds: [own.id] }),
    );
    expect(ok.fieldErrors).toBeUndefined();
    expect(await memberRows()).toEqual([own.id]);
  });

  it("follows the line's roles: a consultant only on an assigned sentra, a manager never", async () => {
    const consultant = await actorWithRole("CONSULTANT");
    const manager = await actorWithRole("MANAGER");
    const mine = await designated("Sentra Binaan Saya");
    const other = await designated("Sentra Binaan Lain");
    await assign(prisma, consultant.id, mine.id);
    const mySme = await makeSme(prisma, { clusterId: mine.id });
    const otherSme = await makeSme(prisma, { clusterId: other.id });
    await expect(
      saveSmeOrganisation({ actor: consultant, input: { clusterId: other.id, status: "IN_PROGRESS", memberIds: [otherSme.id] } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      saveSmeOrganisation({ actor: manager, input: { clusterId: mine.id, status: "IN_PROGRESS", memberIds: [mySme.id] } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await prisma.smeOrganisationMember.count()).toBe(0);
    await saveSmeOrganisation({ actor: consultant, input: { clusterId: mine.id, status: "IN_PROGRESS", memberIds: [mySme.id] } });
    expect(await memberRows()).toEqual([mySme.id]);
  });

  it("an SME moved to another sentra leaves the old sentra's organisation", async () => {
    const staff = await actorWithRole("STAFF");
    const from = await designated("Sentra Asal");
    const to = await designated("Sentra Tujuan");
    const sme = await makeSme(prisma, { clusterId: from.id });
    await saveSmeOrganisation({ actor: staff, input: { clusterId: from.id, status: "IN_PROGRESS", memberIds: [sme.id] } });
    await moveSme({ actor: staff, input: { id: sme.id, version: sme.version, toClusterId: to.id } });
    expect(await prisma.smeOrganisationMember.count()).toBe(0);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "sme.move", entityId: sme.id } });
    expect(audit.after).toMatchObject({ leftOrganisation: true });
  });
});
