import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, pickMessages } from "@/lib/i18n/client-messages";
import id from "@/lib/i18n/messages/id";

const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "node_modules" || name === "generated") return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

describe("messages sent to the browser", () => {
  it("cover every namespace a component reads with useTranslations (client or shared)", () => {
    const missing: string[] = [];
    const dynamic: string[] = [];
    for (const file of ["app", "components", "lib"].flatMap((d) => sourceFiles(path.join(root, d)))) {
      const text = readFileSync(file, "utf8");
      for (const call of text.matchAll(/useTranslations\(([^)]*)\)/g)) {
        const arg = call[1]!.trim();
        const literal = /^"([^"]+)"$/.exec(arg);
        if (!literal) {
          dynamic.push(`${path.relative(root, file)}: useTranslations(${arg})`);
          continue;
        }
        const ns = literal[1]!;
        if (!CLIENT_NAMESPACES.some((c) => ns === c || ns.startsWith(`${c}.`))) missing.push(`${path.relative(root, file)}: ${ns}`);
      }
    }
    expect(dynamic).toEqual([]);
    expect(missing).toEqual([]);
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
