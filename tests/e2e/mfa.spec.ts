import { expect, test } from "@playwright/test";
import pg from "pg";
import { freshTotpCode, loginAlert, signIn, signInAs } from "./fixtures/auth";
import { E2E_PASSWORD, E2E_USERS } from "./fixtures/seed";

test.describe("second factor (issue #16)", () => {
  test("a manager enrols at the first sign-in, then signs in with a code and with a recovery code", async ({ page }) => {
    await signIn(page, E2E_USERS.enrol.email, E2E_PASSWORD);
    await expect(page.getByRole("heading", { name: "Aktifkan verifikasi dua langkah" })).toBeVisible();
    const qr = page.getByRole("img", { name: "Kode QR untuk aplikasi autentikator" });
    await expect(qr).toBeVisible();
    expect(await qr.getAttribute("src")).toMatch(/^data:image\/svg\+xml;base64,/);
    const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const recovery = await page.getByTestId("recovery-codes").getByRole("listitem").allTextContents();
    expect(recovery).toHaveLength(10);

    // A wrong code first: a clear message, still on the enrolment step.
    await page.getByLabel("Kode dari aplikasi").fill("000000");
    await page.getByRole("button", { name: "Konfirmasi dan masuk" }).click();
    await expect(loginAlert(page)).toHaveText("Kode salah atau sudah dipakai. Coba kode terbaru dari aplikasi.");
    await page.getByLabel("Kode dari aplikasi").fill(await freshTotpCode(secret));
    await page.getByRole("button", { name: "Konfirmasi dan masuk" }).click();
    await expect(page).toHaveURL(/\/dashboard$/, { timeout: 30_000 });
    await expect(page.getByRole("heading", { level: 1, name: "Dasbor Program" })).toBeVisible();

    await page.getByRole("button", { name: "Keluar" }).click();
    await expect(page).toHaveURL(/\/login\?signedOut=1$/);
    // The password alone is not enough any more.
    await signIn(page, E2E_USERS.enrol.email, E2E_PASSWORD, secret);
    await expect(page).toHaveURL(/\/dashboard$/, { timeout: 30_000 });

    await page.getByRole("button", { name: "Keluar" }).click();
    await expect(page).toHaveURL(/\/login\?signedOut=1$/);
    await signIn(page, E2E_USERS.enrol.email, E2E_PASSWORD);
    await page.getByLabel("Kode verifikasi").fill(recovery[0]!);
    await page.getByRole("button", { name: "Verifikasi" }).click();
    await expect(page).toHaveURL(/\/dashboard$/, { timeout: 30_000 });
  });

  test("a staff member sets up the optional second factor on the account page", async ({ page }) => {
    await signIn(page, E2E_USERS.optional.email, E2E_PASSWORD);
    await expect(page).toHaveURL(/\/clusters$/, { timeout: 30_000 });
    await page.getByRole("link", { name: "Keamanan akun" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Keamanan akun" })).toBeVisible();
    await page.getByLabel("Kata sandi Anda saat ini").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Tampilkan kode QR" }).click();
    await expect(page.getByRole("img", { name: "Kode QR untuk aplikasi autentikator" })).toBeVisible();
    const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
    await page.getByLabel("Kode dari aplikasi").fill(await freshTotpCode(secret));
    await page.getByRole("button", { name: "Konfirmasi" }).click();
    // The page refreshes from the server after the confirmation: the account's own state, not a passing flash.
    await expect(page.getByText(/Verifikasi dua langkah aktif \(sejak/)).toBeVisible();

    await page.getByRole("button", { name: "Keluar" }).click();
    await expect(page).toHaveURL(/\/login\?signedOut=1$/);
    await signIn(page, E2E_USERS.optional.email, E2E_PASSWORD);
    await expect(page.getByRole("heading", { name: "Verifikasi dua langkah" })).toBeVisible();
    await page.getByLabel("Kode verifikasi").fill(await freshTotpCode(secret));
    await page.getByRole("button", { name: "Verifikasi" }).click();
    await expect(page).toHaveURL(/\/clusters$/, { timeout: 30_000 });
  });

  test("demo accounts of the demo database sign in without a second factor", async ({ page }) => {
    await signInAs(page, "admin");
    await expect(page.getByRole("heading", { name: "Verifikasi dua langkah" })).toHaveCount(0);
  });
});

test.describe("sign-in hardening (issue #16 findings 1 and 5)", () => {
  for (const target of [
    "%2F%5Cevil.example%2Fx",
    "%2F%09%2Fevil.example",
    "%2F%2Fevil.example",
    "https%3A%2F%2Fevil.example%2F",
    "javascript%3Aalert(1)",
  ]) {
    test(`callbackUrl=${target} stays on Sentra`, async ({ page, baseURL }) => {
      await page.goto(`/login?callbackUrl=${target}`);
      await page.getByLabel("Email").fill("staf@sentra.test");
      await page.getByLabel("Kata sandi").fill("sentra-demo-2026");
      await page.getByRole("button", { name: "Masuk" }).click();
      await expect(page).toHaveURL(/\/clusters$/, { timeout: 30_000 });
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    });
  }

  test("a same-site callbackUrl is still followed", async ({ page }) => {
    await page.goto("/smes");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fsmes$/);
    await page.getByLabel("Email").fill("staf@sentra.test");
    await page.getByLabel("Kata sandi").fill("sentra-demo-2026");
    await page.getByRole("button", { name: "Masuk" }).click();
    await expect(page).toHaveURL(/\/smes$/, { timeout: 30_000 });
  });

  test("/api/auth/session answers an empty session once the session is revoked", async ({ page }) => {
    await signIn(page, E2E_USERS.revoked.email, E2E_PASSWORD);
    await expect(page).toHaveURL(/\/clusters$/, { timeout: 30_000 });
    const live = await page.request.get("/api/auth/session");
    expect((await live.json()).user?.name).toBe(E2E_USERS.revoked.name);

    // What an admin's "disable" or a sign-out on another device does: bump the version.
    const db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
    await db.connect();
    try {
      await db.query(`UPDATE "user" SET "sessionVersion" = "sessionVersion" + 1 WHERE email = $1`, [E2E_USERS.revoked.email]);
    } finally {
      await db.end();
    }
    const revoked = await page.request.get("/api/auth/session");
    expect(revoked.status()).toBe(200);
    const body = await revoked.text();
    expect(JSON.parse(body)).toEqual({});
    expect(body).not.toContain(E2E_USERS.revoked.name);
  });
});

test("the sign-in throttle counts the connection's address, not X-Forwarded-For (issue #16 finding 2)", async ({ request }) => {
  const db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  try {
    const count = async (key: string) =>
      Number(
        (await db.query(`SELECT COALESCE(SUM(points), 0) AS n FROM login_throttle WHERE key = $1`, [`address-slow:${key}`])).rows[0].n,
      );
    const before = await count("127.0.0.1");
    for (let i = 0; i < 3; i++) {
      const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
      await request.post("/api/auth/callback/credentials", {
        form: { csrfToken, email: `xff-${i}@sentra.test`, password: "wrong-password", json: "true" },
        headers: { "x-forwarded-for": `198.51.100.${i}`, "x-real-ip": `198.51.100.${i}`, "x-sentra-client-address": "192.0.2.1" },
      });
    }
    expect(await count("127.0.0.1")).toBe(before + 3);
    const spoofed = await db.query(
      `SELECT key FROM login_throttle WHERE key LIKE 'address-slow:198.51.100.%' OR key = 'address-slow:192.0.2.1'`,
    );
    expect(spoofed.rows).toEqual([]);
  } finally {
    await db.end();
  }
});
