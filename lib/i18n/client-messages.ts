/**
 * The messages the browser needs: those of client components (useTranslations in a
 * "use client" file or below one), not the whole catalogue, and on each part of the
 * app only its own. The root layout hands the browser none; each part's layout
 * (app/(app)/<part>/layout.tsx, app/(auth)/layout.tsx) hands its client components the
 * namespaces listed here (components/layout/client-messages.tsx). The dashboard's and
 * the lists' client components take their texts as props and need none. Server
 * components read the full catalogue on the server.
 *
 * A client component that reads a namespace its part does not list would show its
 * message keys: tests/unit/client-messages.test.ts follows every page's imports and
 * fails first.
 */
export const PART_NAMESPACES = {
  account: ["api.tokens", "forms", "mfa"],
  admin: ["admin", "api.tokens", "common", "forms", "mfa", "roles"],
  auth: ["auth", "mfa"],
  clusters: ["common", "forms", "monitoring.form", "monitoring.sources", "monitoring.statuses", "registry", "smes", "support.cluster"],
  diagnoses: [
    "diagnosis.autosave",
    "diagnosis.conflict",
    "diagnosis.dimension",
    "diagnosis.errors",
    "diagnosis.form",
    "diagnosis.preview",
    "diagnosis.review",
    "diagnosis.validation",
    "forms",
    "method",
    "stages",
  ],
  financing: ["forms", "ledger", "support.channels", "support.financing.form"],
  imports: ["forms", "imports"],
  providers: [
    "forms",
    "ledger",
    "monitoring.form",
    "monitoring.statuses",
    "support.accreditation",
    "support.providers.agreement",
    "support.providers.delivery",
    "support.providers.form",
    "support.providers.joint",
    "support.services",
  ],
  selection: ["common", "forms", "selection"],
  smes: ["common", "forms", "smes"],
} as const satisfies Record<string, readonly string[]>;

export type AppPart = keyof typeof PART_NAMESPACES;

/**
 * What the root layout hands over: only the error page's messages (app/error.tsx),
 * which must render when nothing else can (the database is down).
 */
export const ROOT_NAMESPACES = ["unavailable"] as const;

/** Every namespace some part hands to the browser. */
export const CLIENT_NAMESPACES: readonly string[] = [...new Set(Object.values(PART_NAMESPACES).flat())].sort();

type Messages = Record<string, unknown>;

/** The subtree of `messages` at each dotted path, merged into one object of the same shape. */
export function pickMessages(messages: Messages, paths: readonly string[]): Messages {
  const picked: Messages = {};
  for (const path of paths) {
    const parts = path.split(".");
    let source: unknown = messages;
    for (const part of parts) source = source && typeof source === "object" ? (source as Messages)[part] : undefined;
    if (source === undefined) continue;
    let target = picked;
    for (const part of parts.slice(0, -1)) target = (target[part] ??= {}) as Messages;
    target[parts.at(-1)!] = source;
  }
  return picked;
}
