import "server-only";
import { getEnv } from "@/lib/env";
import { localDiskStorage } from "@/lib/storage/local-disk";
import type { FileStorage } from "@/lib/storage/types";

export type { FileStorage } from "@/lib/storage/types";

let storage: FileStorage | undefined;

/** The configured file storage: the local disk under UPLOAD_DIR by default. */
export function getStorage(): FileStorage {
  storage ??= localDiskStorage(getEnv().UPLOAD_DIR);
  return storage;
}
