import { expect, test } from "@playwright/test";
import { ACCOUNTS, loginAlert, signIn, signInAs, type AccountKey } from "./fixtures/auth";
import { E2E_PASSWORD, E2E_USERS } from "./fixtures/seed";

test.describe("signing in", () => {
  for (const who of Object.keys(ACCOUNTS) as AccountKey[]) {
    test(`${who} signs in and lands on their home`, async ({ page }) => {
      await signInAs(page, who);
      await expect(page.getByTestId("signed-in-as")).toBeVisible();
      const nav = page.getByRole("navigation", { name: "Navigasi utama" });
      if (who === "admin") await expect(nav.getByRole("link", { name: "Pengguna" })).toBeVisible();
      else await expect(nav.getByRole("link", { name: "Pengguna" })).toHaveCount(0);
    });
  }

  test("a wrong password gets a clear message and no session", async ({ page }) => {
    await signIn(page, ACCOUNTS.staff.email, "bukan-kata-sandinya");
    await expect(loginAlert(page)).toHaveText("Email atau kata sandi salah.");
    await page.goto("/clusters");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fclusters$/);
  });

  test("ten failures lock the account for 15 minutes, even with the right password", async ({ page }) => {
    for (let i = 0; i < 10; i++) {
      await signIn(page, E2E_USERS.lockout.email, `salah-${i}`);
      await expect(loginAlert(page)).not.toBeEmpty();
    }
    await expect(loginAlert(page)).toContainText("dikunci selama 15 menit");
    await signIn(page, E2E_USERS.lockout.email, E2E_PASSWORD);
    await expect(loginAlert(page)).toContainText("dikunci selama 15 menit");
    await expect(page).toHaveURL(/\/login/);
  });

  test("the browser's own submit never puts the password in the address (JavaScript off)", async ({ browser, baseURL }) => {
    // What a slow tablet meets before the page is interactive, and a browser with JavaScript
    // off always: the form as the server sent it. Its submit waits for the page's handler,
    // and a form the browser submits by itself posts; a GET would send the password in the URL.
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const page = await context.newPage();
    const urls: string[] = [];
    page.on("request", (request) => urls.push(request.url()));
    // The notice is in a <noscript>, which Chromium under Playwright's javaScriptEnabled
    // false does not show (it turns scripts off, not the parser's scripting flag): read it
    // in the HTML.
    const html = await (await page.request.get("/login")).text();
    expect(html).toMatch(/<noscript><p[^>]*>Untuk masuk, aktifkan JavaScript di peramban Anda\.<\/p><\/noscript>/);
    await page.goto("/login");
    const form = page.locator("form", { has: page.getByLabel("Kata sandi") });
    await expect(form).toHaveAttribute("method", "post");
    await expect(page.getByRole("button", { name: "Masuk" })).toBeDisabled();
    await page.getByLabel("Email").fill(ACCOUNTS.staff.email);
    await page.getByLabel("Kata sandi").fill("rahasia-di-url");
    await page.getByLabel("Kata sandi").press("Enter");
    await page.waitForLoadState("networkidle");
    expect(urls.filter((url) => url.includes("rahasia"))).toEqual([]);
    expect(page.url()).not.toContain("password");
    await context.close();
  });

  test("signing out ends the session", async ({ page }) => {
    await signInAs(page, "manager");
    await page.getByRole("button", { name: "Keluar" }).click();
    await expect(page).toHaveURL(/\/login\?signedOut=1$/);
    await expect(page.getByText("Anda telah keluar.")).toBeVisible();
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/login/);
  });

  test("every response carries the security headers", async ({ page }) => {
    const response = await page.goto("/login");
    const headers = response!.headers();
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+'/);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-request-id"]).toBeTruthy();
    // The page really works under that policy: the form is interactive (hydrated).
    await signInAs(page, "staff");
  });

  test("the health check answers", async ({ request }) => {
    const res = await request.get("/api/health");
    expect(res.status()).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", database: "up" });
  });
});
