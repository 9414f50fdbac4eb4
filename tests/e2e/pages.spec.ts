import { expect, test, type Page } from "@playwright/test";
import { signInAs, type AccountKey } from "./fixtures/auth";

/** Console errors include CSP violations and hydration mismatches: a page must have none. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("response", (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${new URL(r.url()).pathname}`);
  });
  return errors;
}

const PAGES: Record<AccountKey, string[]> = {
  admin: ["/admin/users", "/admin/assignments", "/clusters", "/selection"],
  staff: ["/clusters", "/clusters/new", "/clusters/demo-batik-laweyan", "/clusters/demo-batik-laweyan/edit", "/smes", "/selection"],
  consultant: ["/my-centres", "/clusters/demo-batik-laweyan"],
  manager: ["/dashboard", "/clusters", "/smes?q=batik"],
};

for (const [who, paths] of Object.entries(PAGES) as Array<[AccountKey, string[]]>) {
  test(`${who}: the main pages render without console errors`, async ({ page }, testInfo) => {
    const errors = collectErrors(page);
    await signInAs(page, who);
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response!.status(), path).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await page.waitForLoadState("networkidle");
      await page.screenshot({ path: testInfo.outputPath(`${path.replace(/[^a-z0-9]+/gi, "_")}.png`), fullPage: true });
    }
    expect(errors).toEqual([]);
  });
}
