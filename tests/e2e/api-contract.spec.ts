import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { signInAs } from "./fixtures/auth";

// Issue #18, "tested from the outside": every /api/v1 call here goes through Stoplight
// Prism's validation proxy, a tool that did not write the document, against the running
// app. Two proxies over the same document:
// - `prism proxy --errors` for requests the document allows: a response that breaks the
//   document comes back as Prism's own error instead of the app's answer;
// - `prism proxy` (violations reported in the `sl-violations` header, the request still
//   forwarded) for the refusals: requests the document itself forbids (no token, a limit
//   out of range, a malformed body) must still get a documented refusal from the app.
//
// A staff token (read, smes:write, outcomes:write) made in the browser. The refused writes
// change nothing; the one accepted write sends a sentra's yearly outcomes back as they
// are (the same figures, their versions), so the demo data keeps its figures for the
// other specs (only the versions move on).

const CLUSTER = "demo-batik-laweyan";
/** A sentra with seeded yearly outcomes (prisma/seed-monitoring.ts) that no other spec edits. */
const WRITE_CLUSTER = "demo-gerabah-kasongan";

test.describe.configure({ mode: "serial", timeout: 180_000 });

interface Violation {
  location: string[];
  code: string | number;
  message: string;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts `prism proxy` on a free port and resolves when it listens. */
async function startPrism(document: string, upstream: string, errors: boolean): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const args = ["proxy", document, upstream, "--host", "127.0.0.1", "--port", String(port), ...(errors ? ["--errors"] : [])];
  const child = spawn(path.resolve("node_modules/.bin/prism"), args, { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`prism did not start within 60 s:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (/Prism is listening/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", read);
    child.stderr!.on("data", read);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`prism exited (${code}):\n${output}`));
    });
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

/** What Prism found wrong with the app's response (not with the request, which may be wrong on purpose). */
function responseViolations(res: APIResponse): Violation[] {
  const header = res.headers()["sl-violations"];
  if (!header) return [];
  return (JSON.parse(header) as Violation[]).filter((v) => v.location[0] === "response");
}

let strict: { url: string; child: ChildProcess };
let lenient: { url: string; child: ChildProcess };
let secret: string;

test.beforeAll(async ({ browser, request }) => {
  const page = await browser.newPage();
  await signInAs(page, "staff");
  await page.goto("/account/tokens");
  await page.getByLabel("Nama").fill(`Kontrak API ${Date.now()}`);
  await page.getByLabel("Berlaku (hari, paling lama 365)").fill("1");
  await page.getByLabel("Tulis UKM").check();
  await page.getByLabel("Tulis capaian tahunan").check();
  await page.getByRole("button", { name: "Buat token" }).click();
  const secretBox = page.getByLabel("Token baru Anda");
  await expect(secretBox).toHaveValue(/^sentra_pat_/);
  secret = await secretBox.inputValue();
  const origin = new URL(page.url()).origin;
  await page.close();

  const doc = await request.get("/api/v1/openapi.json");
  expect(doc.status()).toBe(200);
  const file = path.join(mkdtempSync(path.join(tmpdir(), "sentra-prism-")), "openapi.json");
  writeFileSync(file, JSON.stringify(await doc.json()));
  [strict, lenient] = await Promise.all([startPrism(file, `${origin}/api/v1`, true), startPrism(file, `${origin}/api/v1`, false)]);
});

test.afterAll(() => {
  strict?.child.kill();
  lenient?.child.kill();
});

async function client(playwright: { request: { newContext: (o: object) => Promise<APIRequestContext> } }, baseURL: string, token?: string) {
  return playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: token ? { Authorization: `Bearer ${token}` } : {},
  });
}

test("every read the document allows is answered as documented (prism proxy --errors)", async ({ playwright }) => {
  const api = await client(playwright, strict.url, secret);
  try {
    const reads: Array<[string, number]> = [
      ["/clusters?limit=3", 200],
      ["/clusters?province=33&stage=ADVANCE&limit=2", 200],
      ["/clusters?q=batik", 200],
      [`/clusters/${CLUSTER}`, 200],
      ["/clusters/tidak-ada", 404],
      ["/smes?limit=5", 200],
      ["/diagnoses?limit=5", 200],
      [`/clusters/${CLUSTER}/diagnoses`, 200],
      ["/outcomes?limit=5", 200],
      ["/providers", 200],
      ["/deliveries?limit=5", 200],
      ["/map/programmes", 200],
      ["/map/allocations?limit=5", 200],
      ["/map/disbursements?limit=5", 200],
      ["/dashboard/stages", 200],
    ];
    for (const [url, status] of reads) {
      const res = await api.get(url);
      // Prism's own error (a broken response) would be a 500 problem+json naming the violation.
      expect(res.status(), `${url}: ${await res.text()}`).toBe(status);
      expect(responseViolations(res), url).toEqual([]);
    }

    // Paging: the next page by the cursor the first one gave, and a conditional request.
    const first = await api.get("/clusters?limit=2");
    const { nextCursor } = (await first.json()) as { nextCursor: string | null };
    expect(nextCursor).toBeTruthy();
    const next = await api.get(`/clusters?limit=2&cursor=${encodeURIComponent(nextCursor!)}`);
    expect(next.status()).toBe(200);
    const etag = first.headers().etag!;
    const unchanged = await api.get("/clusters?limit=2", { headers: { "If-None-Match": etag } });
    expect(unchanged.status(), `${unchanged.headers()["sl-violations"]} ${await unchanged.text()}`).toBe(304);
  } finally {
    await api.dispose();
  }
});

test("an accepted write is answered as documented (prism proxy --errors)", async ({ playwright }) => {
  const api = await client(playwright, strict.url, secret);
  try {
    const read = await api.get(`/outcomes?cluster=${WRITE_CLUSTER}&limit=50`);
    expect(read.status(), await read.text()).toBe(200);
    type Outcome = Record<string, unknown> & { year: number; version: number };
    const before = ((await read.json()) as { data: Outcome[] }).data;
    expect(before.length).toBeGreaterThan(0);

    const fields = [
      "year",
      "smeCount",
      "workerCount",
      "productionValue",
      "exportValue",
      "exportSharePct",
      "averageTurnover",
      "source",
      "version",
    ];
    const outcomes = before.map((o) => Object.fromEntries(fields.map((k) => [k, o[k]])));
    const write = await api.post("/outcomes", { data: { clusterId: WRITE_CLUSTER, outcomes } });
    expect(write.status(), await write.text()).toBe(200);
    expect(responseViolations(write)).toEqual([]);
    expect(await write.json()).toMatchObject({ created: 0, updated: before.length });

    // The figures are unchanged; each year's version moved on.
    const after = ((await (await api.get(`/outcomes?cluster=${WRITE_CLUSTER}&limit=50`)).json()) as { data: Outcome[] }).data;
    const figures = (list: Outcome[]) => list.map(({ version: _v, updatedAt: _u, ...rest }) => rest);
    expect(figures(after)).toEqual(figures(before));
    expect(after.map((o) => o.version)).toEqual(before.map((o) => o.version + 1));
  } finally {
    await api.dispose();
  }
});

test("every refusal is a documented error body, for requests the document forbids too (prism proxy, violations reported)", async ({
  playwright,
}) => {
  const api = await client(playwright, lenient.url, secret);
  const anonymous = await client(playwright, lenient.url);
  const wrongToken = await client(playwright, lenient.url, "sentra_pat_bukan-token-yang-sah-sama-sekali-0000000000");
  try {
    const refusals: Array<[string, () => Promise<APIResponse>, number]> = [
      ["no token", () => anonymous.get("/clusters"), 401],
      ["an unknown token", () => wrongToken.get("/clusters"), 401],
      ["a limit out of range", () => api.get("/clusters?limit=100000"), 422],
      ["a limit that is no number", () => api.get("/smes?limit=banyak"), 422],
      ["an unknown stage", () => api.get("/clusters?stage=JUARA"), 422],
      // Refused before the app runs (proxy.ts), in the API's own error body.
      ["a NUL byte in a search", () => api.get("/clusters?q=ba%00tik"), 400],
      [
        "a body that is not JSON",
        () => api.post("/smes", { headers: { "content-type": "application/json" }, data: '{"clusterId": "x", "smes": [' }),
        400,
      ],
      [
        "an SME without its owner",
        () => api.post("/smes", { data: { clusterId: CLUSTER, smes: [{ businessName: "UD Contoh", workerCount: 2 }] } }),
        422,
      ],
      [
        "an outcome year without its production value",
        () =>
          api.post("/outcomes", {
            data: { clusterId: CLUSTER, outcomes: [{ year: 2025, smeCount: 10, workerCount: 40, source: "SURVEY" }] },
          }),
        422,
      ],
      ["an empty batch", () => api.post("/outcomes", { data: { clusterId: CLUSTER, outcomes: [] } }), 422],
    ];
    for (const [what, send, status] of refusals) {
      const res = await send();
      expect(res.status(), `${what}: ${await res.text()}`).toBe(status);
      expect(await res.json(), what).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
      expect(responseViolations(res), what).toEqual([]);
    }
  } finally {
    await Promise.all([api.dispose(), anonymous.dispose(), wrongToken.dispose()]);
  }
});
