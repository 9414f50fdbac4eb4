import { describe, expect, it } from "vitest";
import { notificationsWhere } from "@/lib/diagnosis/notifications";
import { world } from "./diagnosis-helpers";
import { prisma } from "../support/db";

describe("notifications a user sees (the header's bell and /diagnoses/notifications)", () => {
  it("staff, managers and admins see those about any cluster; a consultant only those about clusters still assigned", async () => {
    const w = await world();
    for (const user of [w.staff, w.manager, w.admin, w.consultant]) {
      await prisma.notification.createMany({
        data: [
          { userId: user.id, kind: "DIAGNOSIS_RETURNED", clusterId: w.cluster.id },
          { userId: user.id, kind: "DIAGNOSIS_APPROVED", clusterId: w.other.id },
          { userId: user.id, kind: "DIAGNOSIS_APPROVED", clusterId: w.other.id, readAt: new Date() },
          { userId: user.id, kind: "ACCOUNT" },
        ],
      });
    }
    const count = async (user: typeof w.staff, unread = false) =>
      prisma.notification.count({ where: { AND: [notificationsWhere(user), unread ? { readAt: null } : {}] } });
    for (const user of [w.staff, w.manager, w.admin]) {
      expect(await count(user), user.role).toBe(4);
      expect(await count(user, true), user.role).toBe(3);
    }
    // The consultant is assigned to `cluster`, not to `other`.
    expect(await count(w.consultant)).toBe(2);
    expect(await count(w.consultant, true)).toBe(2);
    // Nobody sees another user's notifications.
    expect(await prisma.notification.count({ where: { AND: [notificationsWhere(w.staff2)] } })).toBe(0);
  });
});
