import { expect, test, type Request } from "@playwright/test";
import { signInAs } from "./fixtures/auth";

// Assigned to the second demo consultant only (prisma/seed.ts).
const UNASSIGNED = { id: "demo-batik-trusmi", name: "Sentra Batik Trusmi" };
const ASSIGNED = { id: "demo-batik-laweyan", name: "Sentra Batik Laweyan" };

test.describe("row-level access for consultants", () => {
  test("an unassigned centre is simply not found, and its name appears nowhere", async ({ page }) => {
    await signInAs(page, "consultant");
    const response = await page.goto(`/clusters/${UNASSIGNED.id}`);
    expect(response!.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
    expect(await page.content()).not.toContain(UNASSIGNED.name);

    await page.goto(`/clusters?q=${encodeURIComponent("Trusmi")}`);
    await expect(page.getByText("Tidak ada hasil")).toBeVisible();
    expect(await page.content()).not.toContain(UNASSIGNED.name);

    await page.goto(`/clusters/${ASSIGNED.id}`);
    await expect(page.getByRole("heading", { level: 1, name: ASSIGNED.name })).toBeVisible();
  });

  test("My Centres lists the assigned centres only", async ({ page }) => {
    await signInAs(page, "consultant");
    const table = page.getByRole("table");
    await expect(table.getByRole("link", { name: ASSIGNED.name })).toBeVisible();
    // One row (and one centre link) per assigned centre; a centre with a review
    // waiting also carries a link to that review.
    await expect(table.locator("tbody tr")).toHaveCount(5);
    await expect(table.locator('tbody a[href^="/clusters/"]')).toHaveCount(5);
    expect(await page.content()).not.toContain(UNASSIGNED.name);
  });
});

test.describe("the admin area", () => {
  for (const who of ["staff", "manager", "consultant"] as const) {
    test(`${who} gets a 403 on the admin pages`, async ({ page }) => {
      await signInAs(page, who);
      for (const path of ["/admin/users", "/admin/assignments"]) {
        const response = await page.goto(path);
        expect(response!.status()).toBe(403);
        await expect(page.getByRole("heading", { name: "Akses ditolak" })).toBeVisible();
      }
    });
  }

  test("the server action refuses a non-admin even when called directly", async ({ browser }) => {
    // Capture a real create-user action call made by the admin…
    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await signInAs(admin, "admin");
    const captured = new Promise<Request>((resolve) =>
      admin.on("request", (req) => {
        if (req.method() === "POST" && req.headers()["next-action"]) resolve(req);
      }),
    );
    await admin.getByLabel("Nama lengkap").fill("Pengguna Sah");
    await admin.getByLabel("Email", { exact: true }).fill("sah@sentra.test");
    await admin.getByLabel("Kata sandi awal").fill("kata-sandi-sah-2026");
    await admin.getByRole("button", { name: "Buat" }).click();
    await expect(admin.getByText("Pengguna sah@sentra.test telah dibuat.")).toBeVisible();
    const request = await captured;

    // …and replay it with a staff session and another email.
    const staffContext = await browser.newContext();
    const staff = await staffContext.newPage();
    await signInAs(staff, "staff");
    const body = request.postData()!.replace("sah@sentra.test", "penyusup@sentra.test");
    const headers = { ...request.headers() };
    delete headers.cookie;
    const replay = await staffContext.request.post(request.url(), { headers, data: body });
    expect(await replay.text()).toContain("Anda tidak memiliki izin untuk tindakan ini.");

    await admin.reload();
    await expect(admin.getByText("sah@sentra.test")).toBeVisible();
    await expect(admin.getByText("penyusup@sentra.test")).toHaveCount(0);
    await adminContext.close();
    await staffContext.close();
  });
});
