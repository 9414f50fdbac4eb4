import { expect, test } from "@playwright/test";
import { loginAlert, signIn } from "./fixtures/auth";
import { E2E_PASSWORD, E2E_TOTP_SECRET, E2E_USERS } from "./fixtures/seed";

test("the language switch changes the interface and is remembered for the user", async ({ browser }) => {
  const first = await browser.newContext();
  const page = await first.newPage();
  await signIn(page, E2E_USERS.language.email, E2E_PASSWORD, E2E_TOTP_SECRET);
  await expect(page.getByRole("heading", { level: 1, name: "Dasbor Program" })).toBeVisible();
  // The support section's money chart: charts mount as they come into view; its axis shows the currency.
  await page.getByRole("navigation", { name: "Bagian dasbor" }).getByRole("link", { name: "Dukungan" }).click();
  await expect(page).toHaveURL(/\/dashboard\/support$/);
  await page.locator('[data-chart="money-channel"]').scrollIntoViewIfNeeded();
  await expect(page.getByText(/Rp \d/).first()).toBeVisible();

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Programme Dashboard" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.locator('[data-chart="money-channel"]').scrollIntoViewIfNeeded();
  await expect(page.getByText(/IDR \d/).first()).toBeVisible();
  await first.close();

  // A fresh browser (no cookies): after signing in, the saved choice applies.
  const second = await browser.newContext();
  const page2 = await second.newPage();
  await signIn(page2, E2E_USERS.language.email, E2E_PASSWORD, E2E_TOTP_SECRET);
  await expect(page2.getByRole("heading", { level: 1, name: "Programme Dashboard" })).toBeVisible();
  await page2.getByRole("button", { name: "Bahasa Indonesia" }).click();
  await expect(page2.getByRole("heading", { level: 1, name: "Dasbor Program" })).toBeVisible();
  await second.close();
});

test("the sign-in page is in Bahasa Indonesia by default and can switch to English", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("heading", { name: "Masuk ke Sentra" })).toBeVisible();
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Sign in to Sentra" })).toBeVisible();
  await signIn(page, "nobody@sentra.test", "whatever-password");
  await expect(loginAlert(page)).toHaveText("Wrong email or password.");
});
