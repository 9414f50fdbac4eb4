import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, PART_NAMESPACES, ROOT_NAMESPACES, pickMessages, type AppPart } from "@/lib/i18n/client-messages";
import { id } from "@/lib/i18n/messages";

const root = path.resolve(import.meta.dirname, "../..");

/** page/layout/error/not-found files of the app router. */
function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return /^(page|layout|error|not-found|forbidden|loading)\.tsx$/.test(name) ? [full] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith("@/")
    ? path.join(root, spec.slice(2))
    : spec.startsWith(".")
      ? path.resolve(path.dirname(from), spec)
      : null;
  if (!base) return null;
  for (const ext of ["", ".tsx", ".ts", "/index.tsx", "/index.ts"]) {
    const file = base + ext;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

interface SourceFile {
  isClient: boolean;
  calls: string[];
  imports: string[];
}
const parsed = new Map<string, SourceFile>();

function parse(file: string): SourceFile {
  let source = parsed.get(file);
  if (!source) {
    const text = readFileSync(file, "utf8");
    source = {
      isClient: /^\s*["']use client["']/.test(text),
      calls: [...text.matchAll(/useTranslations\(([^)]*)\)/g)].map((m) => m[1]!.trim()),
      imports: [...text.matchAll(/(?:import|export)[^"']*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)]
        .map((m) => resolveImport(file, (m[1] ?? m[2])!))
        .filter((f): f is string => f !== null),
    };
    parsed.set(file, source);
  }
  return source;
}

/**
 * The namespaces the client components below `entry` read: files that are "use client"
 * or imported (directly or not) by one. Server components' useTranslations reads the
 * server's catalogue and needs nothing in the browser.
 */
function clientNamespaces(entry: string, dynamic: string[]): Set<string> {
  const found = new Set<string>();
  const seen = new Map<string, boolean>();
  const visit = (file: string, client: boolean) => {
    if (seen.get(file) === true || (seen.has(file) && !client)) return;
    seen.set(file, client);
    const source = parse(file);
    const isClient = client || source.isClient;
    if (isClient) {
      for (const arg of source.calls) {
        const literal = /^"([^"]+)"$/.exec(arg);
        if (literal) found.add(literal[1]!);
        else dynamic.push(`${path.relative(root, file)}: useTranslations(${arg})`);
      }
    }
    for (const next of source.imports) visit(next, isClient);
  };
  visit(entry, false);
  return found;
}

/** The part of the app a route file belongs to: its first segment outside route groups, or (auth). */
function partOf(file: string): AppPart | null {
  const segments = path.relative(path.join(root, "app"), file).split(path.sep).slice(0, -1);
  if (segments[0] === "(auth)") return "auth";
  const first = segments.find((s) => !s.startsWith("("));
  return first && first in PART_NAMESPACES ? (first as AppPart) : null;
}

describe("messages sent to the browser", () => {
  it("each page's client components find their namespaces among those of its part", () => {
    const missing: string[] = [];
    const dynamic: string[] = [];
    const files = routeFiles(path.join(root, "app"));
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) {
      const part = partOf(file);
      const given: readonly string[] = part ? PART_NAMESPACES[part] : ROOT_NAMESPACES;
      for (const ns of clientNamespaces(file, dynamic)) {
        if (!given.some((c) => ns === c || ns.startsWith(`${c}.`))) missing.push(`${path.relative(root, file)} (${part ?? "root"}): ${ns}`);
      }
    }
    expect(dynamic).toEqual([]);
    expect(missing).toEqual([]);
  });

  it("each part's layout hands over its namespaces", () => {
    for (const part of Object.keys(PART_NAMESPACES) as AppPart[]) {
      const layout = path.join(root, "app", part === "auth" ? "(auth)" : `(app)/${part}`, "layout.tsx");
      expect(readFileSync(layout, "utf8"), layout).toContain(`<ClientMessages part="${part}">`);
    }
  });

  it("a client component outside every part is caught", () => {
    // The check above must be able to fail: the login form read from a page with no part.
    expect([...clientNamespaces(path.join(root, "app/(auth)/login/page.tsx"), [])]).toContain("auth");
    expect(partOf(path.join(root, "app/(app)/dashboard/page.tsx"))).toBeNull();
  });

  it("every listed namespace exists, and picking keeps its subtree whole", () => {
    const picked = pickMessages(id, CLIENT_NAMESPACES);
    for (const ns of CLIENT_NAMESPACES) {
      const get = (o: unknown) => ns.split(".").reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], o);
      expect(get(id), ns).toBeDefined();
      expect(get(picked), ns).toEqual(get(id));
    }
    expect(picked).not.toHaveProperty("dashboard");
    expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(id).length * 0.6);
  });
});
