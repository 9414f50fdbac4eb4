/**
 * The request a server action runs inside, for integration tests that call actions
 * directly: a cookie jar, the paths the action revalidated, and the user's language
 * (English). Nothing else of Next is stood in for. A test file wires it up with
 *
 *   vi.mock("next/headers", async () => (await import("../support/action-request")).nextHeaders());
 *   vi.mock("next/cache", async () => (await import("../support/action-request")).nextCache());
 *   vi.mock("next-intl/server", async () => (await import("../support/action-request")).nextIntlServer());
 *
 * and signs in with `signIn` (tests/support/sign-in.ts). This module imports nothing of
 * the app, so the mocks can load it while the app's modules are still loading.
 */
export const request = { cookies: new Map<string, string>(), revalidated: [] as string[] };

export function resetRequest() {
  request.cookies.clear();
  request.revalidated.length = 0;
}

export function nextHeaders() {
  return {
    cookies: async () => ({
      get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined),
      set: () => {},
    }),
  };
}

export function nextCache() {
  return { revalidatePath: (path: string) => void request.revalidated.push(path) };
}

export async function nextIntlServer() {
  const { createTranslator } = await import("next-intl");
  const messages = (await import("@/lib/i18n/messages")).en;
  return {
    getTranslations: async (namespace?: string) => createTranslator({ locale: "en", messages, namespace: namespace as never }),
    getLocale: async () => "en",
  };
}

/** A form's body; an array gives a field several values (checkbox groups), a Blob is a file. */
export function form(fields: Record<string, string | Blob | string[]>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) fd.append(k, one);
  return fd;
}
