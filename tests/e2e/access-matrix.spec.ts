import pg from "pg";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { ACTIONS, MATRIX_COLUMNS, PAGES, ROUTES, answers, type Answer, type MatrixColumn } from "../access/matrix";
import { apiContextAs, baseUrl, callAction, serverActionIds } from "./fixtures/http";

// Runs THE access matrix (tests/access/matrix.ts) against the production build as each
// role and anonymously, then crawls every page and route with hostile values: no 5xx.

const FORBIDDEN_TEXT = "Anda tidak memiliki izin untuk tindakan ini.";

let institutionId = "tidak-ada";
const contexts = new Map<MatrixColumn, APIRequestContext>();

test.beforeAll(async () => {
  const url = process.env.E2E_DATABASE_URL;
  if (url) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ id: string }>("SELECT id FROM financial_institution ORDER BY id LIMIT 1");
    institutionId = rows[0]?.id ?? institutionId;
    await client.end();
  }
  for (const who of MATRIX_COLUMNS) contexts.set(who, await apiContextAs(who));
});

test.afterAll(async () => {
  for (const ctx of contexts.values()) await ctx.dispose();
});

function resolveUrl(url: string): string {
  return url.replace("{institution}", institutionId);
}

function observedPage(res: APIResponse): Answer | number {
  const status = res.status();
  if (status >= 300 && status < 400) return /\/login(\?|$)/.test(res.headers().location ?? "") ? "login" : "home";
  return status;
}

async function observedAction(res: APIResponse): Promise<Answer | number> {
  const status = res.status();
  const redirect = res.headers()["x-action-redirect"] ?? res.headers().location ?? "";
  if (/\/login/.test(redirect)) return "login";
  if (status >= 500) return status;
  const body = await res.text();
  // Form actions answer with the message; the diagnosis editor's actions with a kind.
  if (body.includes(FORBIDDEN_TEXT) || body.includes('"kind":"FORBIDDEN"')) return "deny";
  if (body.includes('"kind":"UNAUTHENTICATED"')) return "login";
  return status < 400 ? "run" : status;
}

test("every page answers each role as the matrix says", async () => {
  test.setTimeout(300_000);
  const wrong: string[] = [];
  for (const [file, row] of Object.entries(PAGES)) {
    const expected = answers(row.expect);
    for (const who of MATRIX_COLUMNS) {
      const got = observedPage(await contexts.get(who)!.get(resolveUrl(row.url)));
      if (got !== expected[who]) wrong.push(`${file} ${row.url} as ${who}: expected ${expected[who]}, got ${got}`);
    }
  }
  expect(wrong).toEqual([]);
});

test("every route handler answers each role as the matrix says", async () => {
  test.setTimeout(180_000);
  const wrong: string[] = [];
  for (const [key, row] of Object.entries(ROUTES)) {
    const expected = answers(row.expect);
    for (const who of MATRIX_COLUMNS) {
      const ctx = contexts.get(who)!;
      const res =
        row.method === "GET"
          ? await ctx.get(resolveUrl(row.url))
          : await ctx.post(resolveUrl(row.url), {
              headers: { origin: baseUrl(), accept: "application/json", "content-type": "text/plain" },
              data: "",
            });
      const got = observedPage(res);
      if (got !== expected[who]) wrong.push(`${key} ${row.url} as ${who}: expected ${expected[who]}, got ${got}`);
    }
  }
  expect(wrong).toEqual([]);
});

test("every server action answers each role as the matrix says", async () => {
  test.setTimeout(240_000);
  const ids = serverActionIds();
  const wrong: string[] = [];
  for (const [key, row] of Object.entries(ACTIONS)) {
    const id = ids.get(key);
    // An export no client component references is not compiled into an endpoint: nothing to call.
    if (!id) continue;
    const expected = answers(row);
    for (const who of MATRIX_COLUMNS) {
      // Fields no action accepts: the permission check answers first, validation second.
      const got = await observedAction(await callAction(contexts.get(who)!, id, { id: "tidak-ada", clusterId: "tidak-ada" }));
      if (got !== expected[who]) wrong.push(`${key} as ${who}: expected ${expected[who]}, got ${got}`);
    }
  }
  expect(wrong).toEqual([]);
});

const NASTY_VALUES = [
  "%00",
  "%FF%FE",
  "%E0%80%80",
  "%0D%0Aset-cookie:x=1",
  "%1B%5B31m",
  "x".repeat(5000),
  "..%2F..%2Fetc%2Fpasswd",
  "1e309",
];

test("a crawler sending hostile values to every page and route as each role gets no 5xx", async () => {
  test.setTimeout(600_000);
  const failures: string[] = [];
  const targets = [
    ...Object.values(PAGES).map((r) => r.url),
    ...Object.values(ROUTES)
      .filter((r) => r.method === "GET")
      .map((r) => r.url),
  ];
  for (const who of MATRIX_COLUMNS) {
    const ctx = contexts.get(who)!;
    for (const raw of targets) {
      const url = resolveUrl(raw);
      const [path, query] = url.split("?");
      for (const nasty of NASTY_VALUES) {
        const segments = path!.split("/");
        // The value as the last path segment (an id) and as every known or unknown query parameter.
        const variants = [
          segments.length > 2 ? [...segments.slice(0, -1), nasty].join("/") + (query ? `?${query}` : "") : null,
          `${path}?${query ? `${query}&` : ""}q=${nasty}&cluster=${nasty}&commodity=${nasty}&page=${nasty}&sort=${nasty}&format=${nasty}`,
        ].filter((v): v is string => v !== null);
        for (const variant of variants) {
          const res = await ctx.get(variant);
          if (res.status() >= 500) failures.push(`${who} ${variant.slice(0, 160)}: ${res.status()}`);
        }
      }
    }
  }
  expect(failures).toEqual([]);
});
