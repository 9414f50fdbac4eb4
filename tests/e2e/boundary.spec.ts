import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { apiContextAs, baseUrl, callAction, serverActionIds } from "./fixtures/http";

// Issue #16, finding 3: malformed input gets a 4xx with a message (or the sign-in page),
// never a 500. Each URL below answered 500 before the fix (docs/security-boundary.md).

const NUL_URLS = [
  "/clusters?q=%00",
  "/clusters?commodity=a%00b",
  "/smes?cluster=%00",
  "/smes?q=%00",
  "/dashboard?commodity=%00",
  "/selection?commodity=%00",
  "/financing/programmes/%00",
  "/financing/institutions/%00",
  "/clusters/%00",
  "/clusters/%00/edit",
  "/smes/%00",
  "/diagnoses/%00",
  "/providers/%00",
  "/imports/%00",
  "/selection/%00",
  "/api/diagnoses/%00/pdf",
  "/api/smes/move-targets?q=a%00b",
  "/api/export/clusters?q=%00",
  "/api/export/smes?cluster=%00",
  "/api/export/clusters?commodity=%00&format=xlsx",
  "/api/evidence/%00",
  "/api/imports/%00",
  "/api/imports/%00/corrections",
  "/api/dashboard/%00",
  "/api/areas?level=regency&parent=%00",
  "/clusters/%FF%FE",
  "/smes/%FF%FE",
  "/api/evidence/%FF%FE",
  "/api/diagnoses/%FF%FE/pdf",
  "/clusters?q=%FF%FE",
  "/clusters/%E0%80%80",
];

let staff: APIRequestContext;
let anonymous: APIRequestContext;
test.beforeAll(async () => {
  staff = await apiContextAs("staff");
  anonymous = await apiContextAs("anonymous");
});
test.afterAll(async () => {
  await staff.dispose();
  await anonymous.dispose();
});

async function expectClearRefusal(res: APIResponse, label: string) {
  expect(res.status(), label).toBeGreaterThanOrEqual(300);
  expect(res.status(), label).toBeLessThan(500);
  if (res.status() >= 400 && res.status() !== 404) {
    // A message a person can read, not an empty body or a stack trace.
    const body = await res.text();
    expect(body.length, `${label}: body`).toBeGreaterThan(0);
    expect(body, label).not.toMatch(/\n\s+at \S+ \(|"digest"/);
  }
}

test("NUL, invalid UTF-8 and overlong encodings in query strings and path ids are refused, never a 500", async () => {
  for (const url of NUL_URLS) {
    // Invalid UTF-8 in a query string is read as U+FFFD by the URL parser: harmless text, so a page may answer 200.
    if (url.includes("?q=%FF")) expect((await staff.get(url)).status(), url).toBeLessThan(500);
    else await expectClearRefusal(await staff.get(url), `staff ${url}`);
    const anon = await anonymous.get(url);
    expect(anon.status(), `anonymous ${url}`).toBeLessThan(500);
  }
});

test("a malformed URL gets a message in the user's language", async () => {
  const res = await staff.get("/clusters?q=%00");
  expect(res.status()).toBe(400);
  expect(await res.text()).toContain("Permintaan tidak valid");
  const api = await staff.get("/api/smes/move-targets?q=a%00b");
  expect(api.status()).toBe(400);
  expect(((await api.json()) as { formError: string }).formError).toMatch(/tidak valid/);
  // /api/v1 answers in its own documented error body, in the language of Accept-Language.
  const v1 = await anonymous.get("/api/v1/clusters?q=a%00b", { headers: { "Accept-Language": "en" } });
  expect(v1.status()).toBe(400);
  expect(await v1.json()).toEqual({ error: { code: "BAD_REQUEST", message: expect.stringMatching(/^Invalid request/) } });
});

test("the evidence upload refuses JSON and broken multipart bodies with a 4xx", async () => {
  const json = await staff.post("/api/evidence", { headers: { origin: baseUrl() }, data: { diagnosisId: "x" } });
  await expectClearRefusal(json, "json body");
  const broken = await staff.post("/api/evidence", {
    headers: { origin: baseUrl(), "content-type": "multipart/form-data; boundary=zzz" },
    data: '--zzz\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\nnot closed',
  });
  await expectClearRefusal(broken, "broken multipart");
  const nul = await staff.post("/api/evidence", {
    headers: { origin: baseUrl() },
    multipart: {
      diagnosisId: "demo-diag-bordir-tasik-draft\u0000",
      indicatorCode: "A1\u0000",
      file: { name: "a\u0000.png", mimeType: "image/png", buffer: Buffer.from("x") },
    },
  });
  await expectClearRefusal(nul, "NUL in multipart fields");
});

test.describe("server actions", () => {
  const ids = serverActionIds();
  const id = (key: string) => {
    const found = ids.get(key);
    if (!found) throw new Error(`no server action ${key} in the build`);
    return found;
  };

  test("a NUL in a form field is a field error, not an unexpected error", async () => {
    const res = await callAction(staff, id("lib/clusters/actions.ts#createClusterAction"), {
      name: "Sentra\u0000Uji",
      commodity: "Batik",
      provinceCode: "33",
      workerCount: "10",
      notes: "a\u0000b",
    });
    expect(res.status()).toBe(200);
    const body = await res.text();
    expect(body, body).toContain("karakter kontrol");
    expect(body).not.toContain("Terjadi kesalahan");
  });

  test("null, invalid UTF-8 and garbage bodies are refused with a 4xx", async () => {
    const action = id("lib/clusters/actions.ts#createClusterAction");
    const headers = { "next-action": action, origin: baseUrl(), accept: "text/x-component" };
    const cases: Array<[string, { headers: Record<string, string>; data: string | Buffer }]> = [
      ["null text body", { headers: { ...headers, "content-type": "text/plain;charset=UTF-8" }, data: "null" }],
      [
        "invalid UTF-8 text body",
        { headers: { ...headers, "content-type": "text/plain;charset=UTF-8" }, data: Buffer.from([0xff, 0xfe, 0x00, 0x41]) },
      ],
      ["broken multipart", { headers: { ...headers, "content-type": "multipart/form-data; boundary=q" }, data: "--q\r\nbroken" }],
      ["json", { headers: { ...headers, "content-type": "application/json" }, data: '{"a":' }],
    ];
    for (const [label, opts] of cases) {
      const res = await staff.post("/", opts);
      await expectClearRefusal(res, `${label}: ${(await res.text()).slice(0, 300)}`);
    }
  });

  test("an unknown action id is a 4xx", async () => {
    await expectClearRefusal(await callAction(staff, "7f".padEnd(42, "0"), {}), "unknown id");
  });

  test("a cross-origin server action is refused with 403", async () => {
    const res = await callAction(
      staff,
      id("lib/diagnosis/actions.ts#markNotificationsReadAction"),
      {},
      { headers: { origin: "https://evil.example" } },
    );
    expect(res.status()).toBe(403);
  });

  test("a forged or expired session cookie on a server action gets the sign-in page or a 4xx", async () => {
    const forged = await apiContextAs("anonymous");
    const host = new URL(baseUrl()).hostname;
    await forged.storageState();
    for (const value of ["forged", "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..AAAA.BBBB.CCCC"]) {
      const ctx = await (
        await import("@playwright/test")
      ).request.newContext({
        baseURL: baseUrl(),
        maxRedirects: 0,
        storageState: {
          cookies: [
            {
              name: "next-auth.session-token",
              value,
              domain: host,
              path: "/",
              expires: -1,
              httpOnly: true,
              secure: false,
              sameSite: "Lax",
            },
          ],
          origins: [],
        },
      });
      for (const action of ["lib/diagnosis/actions.ts#markNotificationsReadAction", "lib/clusters/actions.ts#createClusterAction"]) {
        const res = await callAction(ctx, id(action), { name: "x" });
        expect(res.status(), `${action} with ${value}`).toBeLessThan(500);
        // A form action says so in the user's language; marking notifications read goes to the sign-in page.
        if (action.includes("createCluster")) expect(await res.text()).toContain("Sesi Anda telah berakhir");
      }
      await ctx.dispose();
    }
    await forged.dispose();
  });
});
