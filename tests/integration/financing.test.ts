import { describe, expect, it } from "vitest";
import { createAllocation } from "@/lib/financing/create-allocation";
import { createDisbursement } from "@/lib/financing/create-disbursement";
import { createRepayment } from "@/lib/financing/create-repayment";
import { getInstitution, listInstitutions } from "@/lib/financing/institution-queries";
import { getChannelReport, getProgrammeReport } from "@/lib/financing/programme-queries";
import { createInstitution } from "@/lib/financing/create-institution";
import { updateInstitution } from "@/lib/financing/update-institution";
import { createProgramme } from "@/lib/financing/create-programme";
import { saveChannel } from "@/lib/financing/save-channel";
import { actorWithRole, prisma } from "../support/db";
import { financingWorld, M } from "../support/financing";

const today = "2026-01-15";

describe("allocations", () => {
  it("stay within the channel's ceiling; an allocation that would pass it is refused and writes nothing", async () => {
    const { staff, channel, institution } = await financingWorld();
    await createAllocation({
      actor: staff,
      input: { channelId: channel.id, institutionId: institution.id, amount: "60.000.000", allocatedOn: today },
    });
    await expect(
      createAllocation({
        actor: staff,
        input: { channelId: channel.id, institutionId: institution.id, amount: "40.000.001", allocatedOn: today },
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", rule: "CHANNEL_CEILING", amounts: { remaining: 40n * M } });
    await createAllocation({
      actor: staff,
      input: { channelId: channel.id, institutionId: institution.id, amount: "Rp 40.000.000", allocatedOn: today },
    });
    const sum = await prisma.mapAllocation.aggregate({ where: { channelId: channel.id }, _sum: { amount: true } });
    expect(sum._sum.amount).toBe(100n * M);
    expect(await prisma.auditLog.count({ where: { action: "mapAllocation.create" } })).toBe(2);
  });

  it("stay within the programme's budget across channels", async () => {
    const { staff, programme, channel, institution } = await financingWorld({ budget: 150n * M, ceiling: 100n * M });
    const ksp = await prisma.mapChannel.create({ data: { programmeId: programme.id, channel: "KSP_USP", ceiling: 100n * M } });
    const kspInstitution = await prisma.financialInstitution.create({ data: { type: "KSP_USP", name: "KSP Uji", provinceCode: "33" } });
    await createAllocation({
      actor: staff,
      input: { channelId: channel.id, institutionId: institution.id, amount: "100000000", allocatedOn: today },
    });
    await expect(
      createAllocation({
        actor: staff,
        input: { channelId: ksp.id, institutionId: kspInstitution.id, amount: "60000000", allocatedOn: today },
      }),
    ).rejects.toMatchObject({ rule: "PROGRAMME_BUDGET", amounts: { remaining: 50n * M } });
    await createAllocation({
      actor: staff,
      input: { channelId: ksp.id, institutionId: kspInstitution.id, amount: "50000000", allocatedOn: today },
    });
  });

  it("go only to an institution of the channel's type", async () => {
    const { staff, channel } = await financingWorld();
    const ksp = await prisma.financialInstitution.create({ data: { type: "KSP_USP", name: "KSP Lain", provinceCode: "33" } });
    await expect(
      createAllocation({ actor: staff, input: { channelId: channel.id, institutionId: ksp.id, amount: "1000000", allocatedOn: today } }),
    ).rejects.toMatchObject({
      rule: "INSTITUTION_TYPE",
    });
  });

  it("refuse negative, zero, fractional and unreadable amounts", async () => {
    const { staff, channel, institution } = await financingWorld();
    for (const amount of ["-5000000", "0", "1.500,5", "1500000.5", 1.5, "abc", "", -1]) {
      await expect(
        createAllocation({ actor: staff, input: { channelId: channel.id, institutionId: institution.id, amount, allocatedOn: today } }),
        String(amount),
      ).rejects.toThrow();
    }
    expect(await prisma.mapAllocation.count()).toBe(0);
  });

  it("two concurrent allocations that together pass the ceiling: exactly one is refused", async () => {
    const { staff, channel, institution } = await financingWorld({ ceiling: 100n * M });
    const other = await prisma.financialInstitution.create({ data: { type: "LKM", name: "LKM Kedua", provinceCode: "34" } });
    for (let round = 0; round < 3; round++) {
      await prisma.mapAllocation.deleteMany({});
      const results = await Promise.allSettled([
        createAllocation({
          actor: staff,
          input: { channelId: channel.id, institutionId: institution.id, amount: "60000000", allocatedOn: today },
        }),
        createAllocation({
          actor: staff,
          input: { channelId: channel.id, institutionId: other.id, amount: "60000000", allocatedOn: today },
        }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect(refused.reason).toMatchObject({ rule: "CHANNEL_CEILING" });
      const sum = await prisma.mapAllocation.aggregate({ where: { channelId: channel.id }, _sum: { amount: true } });
      expect(sum._sum.amount).toBe(60n * M);
    }
  });

  it("are checked exactly beyond 2^53 (no floating point)", async () => {
    const staff = await actorWithRole("STAFF");
    const ceiling = 9_007_199_254_740_993n; // 2^53 + 1: not representable as a double
    const programme = await prisma.mapProgramme.create({ data: { name: "Program Besar", year: 2026, budget: ceiling } });
    const channel = await prisma.mapChannel.create({ data: { programmeId: programme.id, channel: "GUARANTEE", ceiling } });
    const inst = await prisma.financialInstitution.create({ data: { type: "GUARANTEE", name: "Penjaminan Uji", provinceCode: "31" } });
    for (let i = 0; i < 9; i++) {
      await createAllocation({
        actor: staff,
        input: { channelId: channel.id, institutionId: inst.id, amount: "1000000000000000", allocatedOn: today },
      });
    }
    const remaining = ceiling - 9n * 10n ** 15n; // 7 199 254 740 993
    await expect(
      createAllocation({
        actor: staff,
        input: { channelId: channel.id, institutionId: inst.id, amount: String(remaining + 1n), allocatedOn: today },
      }),
    ).rejects.toMatchObject({ rule: "CHANNEL_CEILING", amounts: { remaining } });
    await createAllocation({
      actor: staff,
      input: { channelId: channel.id, institutionId: inst.id, amount: String(remaining), allocatedOn: today },
    });
    const report = await getProgrammeReport(staff, programme.id);
    expect(report!.totals.allocated).toBe(ceiling);
    expect(report!.channels[0]!.allocated).toBe(ceiling);
    expect(report!.reconciliation.ok).toBe(true);
    const [row] = (await listInstitutions(staff, { type: "GUARANTEE" })).rows;
    expect(row!.allocated).toBe(ceiling);
    expect(row!.remaining).toBe(ceiling);
  });

  it("are for staff and admins only", async () => {
    const { channel, institution } = await financingWorld();
    for (const role of ["MANAGER", "CONSULTANT"] as const) {
      const actor = await actorWithRole(role);
      await expect(
        createAllocation({ actor, input: { channelId: channel.id, institutionId: institution.id, amount: "1000000", allocatedOn: today } }),
      ).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    const admin = await actorWithRole("ADMIN");
    await createAllocation({
      actor: admin,
      input: { channelId: channel.id, institutionId: institution.id, amount: "1000000", allocatedOn: today },
    });
  });
});

describe("the institution list", () => {
  it("is paged on the server (25 a page, the total with it), searchable by name and sorted either way", async () => {
    const staff = await actorWithRole("STAFF");
    await prisma.financialInstitution.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({
        type: "LKM" as const,
        name: `LKM Desa ${String(i + 1).padStart(2, "0")}`,
        provinceCode: i % 2 ? "33" : "34",
      })),
    });
    await prisma.financialInstitution.create({ data: { type: "KSP_USP", name: "KSP 100%_Jaya", provinceCode: "33" } });
    const first = await listInstitutions(staff, { sort: "name" });
    expect(first).toMatchObject({ total: 31, pages: 2 });
    expect(first.rows).toHaveLength(25);
    expect(first.rows[0]!.name).toBe("KSP 100%_Jaya");
    const second = await listInstitutions(staff, { sort: "name", page: 2 });
    expect(second.rows.map((r) => r.name)).toEqual([
      "LKM Desa 25",
      "LKM Desa 26",
      "LKM Desa 27",
      "LKM Desa 28",
      "LKM Desa 29",
      "LKM Desa 30",
    ]);
    expect((await listInstitutions(staff, { sort: "name", dir: "desc" })).rows[0]!.name).toBe("LKM Desa 30");
    // Past the last page: no rows, the total still right.
    expect(await listInstitutions(staff, { page: 5 })).toMatchObject({ rows: [], total: 31, pages: 2 });
    const found = await listInstitutions(staff, { q: "desa 0" });
    expect(found.rows.map((r) => r.name).sort()).toEqual(Array.from({ length: 9 }, (_, i) => `LKM Desa 0${i + 1}`));
    // LIKE's wildcards in the search are literal.
    expect((await listInstitutions(staff, { q: "100%_" })).rows.map((r) => r.name)).toEqual(["KSP 100%_Jaya"]);
    expect((await listInstitutions(staff, { q: "%" })).rows.map((r) => r.name)).toEqual(["KSP 100%_Jaya"]);
    expect((await listInstitutions(staff, { q: "desa", province: "33" })).total).toBe(15);
  });
});

describe("disbursements and repayments", () => {
  it("never exceed the institution's remaining allocation, nor a repayment the outstanding balance", async () => {
    const { staff, channel, institution, sme, programme } = await financingWorld();
    await createAllocation({
      actor: staff,
      input: { channelId: channel.id, institutionId: institution.id, amount: "50000000", allocatedOn: "2025-01-02" },
    });
    const first = await createDisbursement({
      actor: staff,
      input: {
        institutionId: institution.id,
        smeId: sme.id,
        amount: "30.000.000",
        disbursedOn: "2025-01-31",
        purpose: "Modal kerja",
        termMonths: "12",
      },
    });
    expect(first.dueOn.toISOString().slice(0, 10)).toBe("2026-01-31");
    await expect(
      createDisbursement({
        actor: staff,
        input: {
          institutionId: institution.id,
          smeId: sme.id,
          amount: "20000001",
          disbursedOn: "2025-02-01",
          purpose: "Mesin",
          termMonths: "6",
        },
      }),
    ).rejects.toMatchObject({ rule: "REMAINING_ALLOCATION", amounts: { remaining: 20n * M } });
    const second = await createDisbursement({
      actor: staff,
      input: {
        institutionId: institution.id,
        smeId: sme.id,
        amount: "20000000",
        disbursedOn: "2025-08-31",
        purpose: "Mesin",
        termMonths: "6",
      },
    });
    expect(second.dueOn.toISOString().slice(0, 10)).toBe("2026-02-28");

    await createRepayment({ actor: staff, input: { disbursementId: first.id, amount: "10000000", paidOn: "2025-06-30" } });
    await expect(
      createRepayment({ actor: staff, input: { disbursementId: first.id, amount: "20000001", paidOn: "2025-07-30" } }),
    ).rejects.toMatchObject({
      rule: "OUTSTANDING",
      amounts: { outstanding: 20n * M },
    });
    await expect(
      createRepayment({ actor: staff, input: { disbursementId: first.id, amount: "1000", paidOn: "2024-12-31" } }),
    ).rejects.toMatchObject({
      rule: "REPAYMENT_BEFORE_DISBURSEMENT",
    });
    await expect(
      createRepayment({ actor: staff, input: { disbursementId: first.id, amount: "-1000", paidOn: "2025-07-30" } }),
    ).rejects.toThrow();
    await createRepayment({ actor: staff, input: { disbursementId: second.id, amount: "20000000", paidOn: "2025-12-01" } });

    // As of 2026-02-15: the first (due 2026-01-31, 20 M outstanding) is overdue; the second is repaid.
    const asOf = new Date("2026-02-15T00:00:00Z");
    const detail = await getInstitution(staff, institution.id, asOf);
    expect(detail!.totals).toMatchObject({
      allocated: 50n * M,
      disbursed: 50n * M,
      remaining: 0n,
      repaid: 30n * M,
      outstanding: 20n * M,
      overdue: 20n * M,
      nplShare: 1,
    });
    const report = await getProgrammeReport(staff, programme.id, asOf);
    expect(report!.totals).toMatchObject({
      allocated: 50n * M,
      disbursed: 50n * M,
      repaid: 30n * M,
      outstanding: 20n * M,
      overdue: 20n * M,
      overdueLoans: 1,
      smes: 1,
      clusters: 1,
    });
    const earlier = await getProgrammeReport(staff, programme.id, new Date("2026-01-31T00:00:00Z"));
    expect(earlier!.totals.overdue).toBe(0n); // due today is not yet overdue
    const channelReport = await getChannelReport(staff, programme.id, "LKM", asOf);
    expect(channelReport!.institutions).toEqual([
      expect.objectContaining({ id: institution.id, allocated: 50n * M, remaining: 0n, outstanding: 20n * M, overdue: 20n * M }),
    ]);
  });

  it("a disbursement needs financing:manage, and an active SME", async () => {
    const { staff, channel, institution, sme } = await financingWorld();
    await createAllocation({
      actor: staff,
      input: { channelId: channel.id, institutionId: institution.id, amount: "50000000", allocatedOn: today },
    });
    const manager = await actorWithRole("MANAGER");
    const input = {
      institutionId: institution.id,
      smeId: sme.id,
      amount: "1000000",
      disbursedOn: today,
      purpose: "Modal",
      termMonths: "12",
    };
    await expect(createDisbursement({ actor: manager, input })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await prisma.sme.update({ where: { id: sme.id }, data: { status: "ARCHIVED" } });
    await expect(createDisbursement({ actor: staff, input })).rejects.toMatchObject({ rule: "SME_INACTIVE" });
  });

  it("two concurrent disbursements that together pass the remaining allocation: one is refused", async () => {
    const { staff, channel, institution, sme } = await financingWorld();
    await createAllocation({
      actor: staff,
      input: { channelId: channel.id, institutionId: institution.id, amount: "50000000", allocatedOn: today },
    });
    const input = {
      institutionId: institution.id,
      smeId: sme.id,
      amount: "30000000",
      disbursedOn: today,
      purpose: "Modal",
      termMonths: "12",
    };
    const results = await Promise.allSettled([createDisbursement({ actor: staff, input }), createDisbursement({ actor: staff, input })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.disbursement.count()).toBe(1);
  });
});

describe("programmes, channels and institutions", () => {
  it("a channel's ceiling cannot fall below what it allocated; edits use the version", async () => {
    const staff = await actorWithRole("STAFF");
    const programme = await createProgramme({ actor: staff, input: { name: "Program Uji", year: "2026", budget: "500.000.000" } });
    await expect(createProgramme({ actor: staff, input: { name: "Program Uji", year: "2026", budget: "1" } })).rejects.toMatchObject({
      rule: "PROGRAMME_EXISTS",
    });
    const channel = await saveChannel({
      actor: staff,
      input: {
        programmeId: programme.id,
        id: "",
        channel: "KSP_USP",
        ceiling: "400000000",
        standardAmount: "200000000",
        plannedInstitutions: "2",
        plannedProvinces: "",
      },
    });
    await expect(
      saveChannel({ actor: staff, input: { programmeId: programme.id, id: "", channel: "KSP_USP", ceiling: "1" } }),
    ).rejects.toMatchObject({ rule: "CHANNEL_EXISTS" });
    const ksp = await createInstitution({
      actor: staff,
      input: { type: "KSP_USP", name: "KSP Sejahtera", provinceCode: "33", clusterId: "" },
    });
    await expect(
      createInstitution({ actor: staff, input: { type: "KSP_USP", name: "KSP Sejahtera", provinceCode: "33", clusterId: "" } }),
    ).rejects.toMatchObject({ rule: "INSTITUTION_EXISTS" });
    await createAllocation({
      actor: staff,
      input: { channelId: channel.id, institutionId: ksp.id, amount: "200000000", allocatedOn: today },
    });
    await expect(
      saveChannel({
        actor: staff,
        input: { programmeId: programme.id, id: channel.id, version: String(channel.version), channel: "KSP_USP", ceiling: "199999999" },
      }),
    ).rejects.toMatchObject({ rule: "CEILING_BELOW_ALLOCATED", amounts: { allocated: 200n * M } });
    const saved = await saveChannel({
      actor: staff,
      input: { programmeId: programme.id, id: channel.id, version: String(channel.version), channel: "KSP_USP", ceiling: "300000000" },
    });
    expect(saved.version).toBe(channel.version + 1);
    await expect(
      saveChannel({
        actor: staff,
        input: { programmeId: programme.id, id: channel.id, version: String(channel.version), channel: "KSP_USP", ceiling: "350000000" },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      updateInstitution({
        actor: staff,
        input: { id: ksp.id, version: "1", type: "LKM", name: "KSP Sejahtera", provinceCode: "33", clusterId: "" },
      }),
    ).rejects.toMatchObject({
      rule: "INSTITUTION_HAS_ALLOCATIONS",
    });
    const renamed = await updateInstitution({
      actor: staff,
      input: { id: ksp.id, version: "1", type: "KSP_USP", name: "KSP Sejahtera Bersama", provinceCode: "33", clusterId: "" },
    });
    expect(renamed.version).toBe(2);
    await expect(
      updateInstitution({
        actor: staff,
        input: { id: ksp.id, version: "1", type: "KSP_USP", name: "X", provinceCode: "33", clusterId: "" },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const consultant = await actorWithRole("CONSULTANT");
    await expect(getProgrammeReport(consultant, programme.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      createProgramme({ actor: await actorWithRole("MANAGER"), input: { name: "Lain", year: "2026", budget: "1" } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("form schemas", () => {
  it("accept their own output, since the action parses and the verb parses again", async () => {
    const { createAllocationSchema, createDisbursementSchema, createRepaymentSchema, saveChannelSchema } =
      await import("@/lib/financing/schema");
    const { recordDeliverySchema, createAgreementSchema, updateProviderSchema } = await import("@/lib/providers/schema");
    const { planActionSchema } = await import("@/lib/support/schema");
    const cases: Array<[{ parse(v: unknown): unknown }, Record<string, unknown>]> = [
      [createAllocationSchema, { channelId: "c", institutionId: "i", amount: "Rp 50.000.000", allocatedOn: "2026-01-31" }],
      [
        createDisbursementSchema,
        { institutionId: "i", smeId: "s", amount: "1.000.000", disbursedOn: "2026-01-31", purpose: "Modal", termMonths: "12" },
      ],
      [createRepaymentSchema, { disbursementId: "d", amount: "1000", paidOn: "2026-02-01" }],
      [
        saveChannelSchema,
        {
          programmeId: "p",
          id: "",
          version: "",
          channel: "LKM",
          ceiling: "5.000.000.000",
          standardAmount: "",
          plannedInstitutions: "",
          plannedProvinces: "30",
        },
      ],
      [
        recordDeliverySchema,
        {
          providerId: "p",
          clusterId: "c",
          service: "TRAINING",
          deliveredOn: "2026-01-31",
          participantCount: "12",
          feeAmount: "",
          laterFinancing: "",
          notes: "",
          smeIds: ["a"],
        },
      ],
      [createAgreementSchema, { providerId: "p", year: "2001", number: "", signedOn: "", sponsorName: "", notes: "", clusterIds: ["c"] }],
      [
        updateProviderSchema,
        {
          id: "p",
          version: "1",
          name: "LPB",
          legalForm: "",
          provinceCode: "33",
          address: "",
          contactName: "",
          contactPhone: "",
          contactEmail: "",
          accreditationStatus: "NONE",
          accreditationBody: "",
          networkName: "",
          services: ["TRAINING"],
        },
      ],
      [planActionSchema, { clusterId: "c", diagnosisId: "", kind: "FINANCING", channel: "LKM", service: "", providerId: "" }],
    ];
    for (const [schema, raw] of cases) {
      const once = schema.parse(raw);
      expect(schema.parse(once)).toEqual(once);
    }
  });
});
