import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACTIONS, PAGES, ROUTES, answers } from "../access/matrix";

// The access matrix must name every page, route handler method and server action:
// a new one without a row fails here (issue #16).

const root = path.resolve(import.meta.dirname, "../..");

function filesUnder(dir: string, name: RegExp): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...filesUnder(rel, name));
    else if (name.test(entry.name)) out.push(rel);
  }
  return out.sort();
}

const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

function routeMethods(file: string): string[] {
  const source = readFileSync(path.join(root, file), "utf8");
  const found = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:async\s+)?(?:function|const)\s+([A-Z]+)\b/g)) found.add(m[1]!);
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g))
    for (const part of m[1]!.split(","))
      found.add(
        part
          .trim()
          .split(/\s+as\s+/)
          .pop()!,
      );
  return [...found].filter((m) => HTTP_METHODS.includes(m)).sort();
}

function actionExports(file: string): string[] {
  const source = readFileSync(path.join(root, file), "utf8");
  return [...source.matchAll(/export\s+async\s+function\s+(\w+)/g)].map((m) => m[1]!).sort();
}

describe("the access matrix", () => {
  it("has a row for every page", () => {
    expect(Object.keys(PAGES).sort()).toEqual(filesUnder("app", /^page\.tsx$/));
  });

  it("has a row for every method of every route handler", () => {
    const found = filesUnder("app", /^route\.ts$/).flatMap((f) => routeMethods(f).map((m) => `${f}#${m}`));
    expect(found.length).toBeGreaterThan(10);
    expect(Object.keys(ROUTES).sort()).toEqual(found.sort());
  });

  it("has a row for every server action", () => {
    const files = readdirSync(path.join(root, "lib"), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `lib/${d.name}/actions.ts`)
      .filter((f) => {
        try {
          return readFileSync(path.join(root, f), "utf8").startsWith('"use server"');
        } catch {
          return false;
        }
      });
    const found = files.flatMap((f) => actionExports(f).map((name) => `${f}#${name}`));
    expect(found.length).toBeGreaterThan(30);
    expect(Object.keys(ACTIONS).sort()).toEqual(found.sort());
  });

  it("gives every row one answer per role", () => {
    for (const row of [...Object.values(PAGES), ...Object.values(ROUTES)]) expect(() => answers(row.expect)).not.toThrow();
    for (const row of Object.values(ACTIONS)) expect(() => answers(row)).not.toThrow();
  });
});
