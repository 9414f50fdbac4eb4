import { mkdir, readFile, readdir, rm, stat, writeFile, rename } from "node:fs/promises";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { assertStorageKey, isStorageKey, type FileStorage, type StoredObject } from "@/lib/storage/types";

/** Files under one folder on the local disk (the default, `UPLOAD_DIR`). */
export function localDiskStorage(root: string): FileStorage {
  const base = path.resolve(root);
  const pathOf = (key: string) => {
    assertStorageKey(key);
    return path.join(base, ...key.split("/"));
  };
  async function* walk(dir: string, key: string): AsyncGenerator<StoredObject> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return;
      throw err;
    }
    for (const entry of entries) {
      const childKey = `${key}/${entry.name}`;
      const child = path.join(dir, entry.name);
      if (entry.isDirectory()) yield* walk(child, childKey);
      else if (entry.isFile() && isStorageKey(childKey)) {
        const info = await stat(child).catch(() => null);
        if (info) yield { key: childKey, modifiedAt: info.mtime };
      }
    }
  }
  return {
    async put(key, bytes) {
      const target = pathOf(key);
      await mkdir(path.dirname(target), { recursive: true });
      // Write then rename, so a reader never sees half a file.
      const temp = `${target}.${randomBytes(6).toString("hex")}.part`;
      await writeFile(temp, bytes, { flag: "wx" });
      await rename(temp, target);
    },
    async get(key) {
      try {
        return new Uint8Array(await readFile(pathOf(key)));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw err;
      }
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
    list(prefix) {
      return walk(pathOf(prefix), prefix);
    },
  };
}
