import { expect, test } from "@playwright/test";
import { signInAs } from "./fixtures/auth";

// Assigned to the first demo consultant (prisma/seed.ts), and one that is not.
const ASSIGNED = { id: "demo-batik-laweyan", name: "Sentra Batik Laweyan" };
const UNASSIGNED = { id: "demo-batik-trusmi", name: "Sentra Batik Trusmi" };

test.describe("API tokens and /api/v1 (issue #18)", () => {
  test("a consultant creates a token, which is shown once, sees only the assigned centres through it, and revokes it", async ({
    page,
    playwright,
  }) => {
    await signInAs(page, "consultant");
    await page.goto("/account/tokens");
    await expect(page.getByRole("heading", { level: 1, name: "Token API" })).toBeVisible();
    await page.getByLabel("Nama").fill("Sinkronisasi e2e");
    await page.getByLabel("Berlaku (hari, paling lama 365)").fill("30");
    await page.getByRole("button", { name: "Buat token" }).click();
    const secretBox = page.getByLabel("Token baru Anda");
    await expect(secretBox).toHaveValue(/^sentra_pat_[A-Za-z0-9_-]{43}$/);
    const secret = await secretBox.inputValue();
    const row = page.getByRole("row", { name: /Sinkronisasi e2e/ });
    await expect(row).toContainText(secret.slice(0, 15));
    await expect(row).toContainText("Belum pernah");

    // From outside the browser: no cookies, only the bearer token.
    const api = await playwright.request.newContext({
      baseURL: new URL(page.url()).origin,
      extraHTTPHeaders: { Authorization: `Bearer ${secret}` },
    });
    const list = await api.get("/api/v1/clusters?limit=200");
    expect(list.status()).toBe(200);
    const names = ((await list.json()) as { data: Array<{ name: string }> }).data.map((c) => c.name);
    expect(names).toContain(ASSIGNED.name);
    expect(names).not.toContain(UNASSIGNED.name);
    expect((await api.get(`/api/v1/clusters/${UNASSIGNED.id}`)).status()).toBe(404);
    const etag = list.headers().etag!;
    expect((await api.get("/api/v1/clusters?limit=200", { headers: { "If-None-Match": etag } })).status()).toBe(304);
    // A consultant's role may not write SMEs, whatever the token says.
    const write = await api.post("/api/v1/smes", {
      data: { clusterId: ASSIGNED.id, smes: [{ businessName: "x", ownerName: "y", workerCount: 1 }] },
    });
    expect(write.status()).toBe(403);
    expect(await write.json()).toMatchObject({ error: { code: "FORBIDDEN" } });

    await page.reload();
    await expect(page.getByRole("row", { name: /Sinkronisasi e2e/ })).not.toContainText("Belum pernah");
    await page.getByRole("button", { name: "Cabut" }).click();
    await expect(page.getByRole("row", { name: /Sinkronisasi e2e/ })).toContainText("Dicabut");
    const after = await api.get("/api/v1/clusters", { headers: { "Accept-Language": "en" } });
    expect(after.status()).toBe(401);
    expect(await after.json()).toMatchObject({ error: { code: "UNAUTHENTICATED", message: expect.stringContaining("The token") } });
    await api.dispose();
  });

  test("the OpenAPI document is public and the reference page lists its operations", async ({ page, request }) => {
    const doc = await request.get("/api/v1/openapi.json");
    expect(doc.status()).toBe(200);
    expect(((await doc.json()) as { openapi: string }).openapi).toBe("3.1.0");
    await signInAs(page, "staff");
    await page.goto("/account/api");
    await expect(page.getByRole("heading", { level: 1, name: "Referensi API" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "/api/v1/smes" })).toHaveCount(2);
  });
});
