import "server-only";
import { getEnv } from "@/lib/env";
import { localDiskStorage } from "@/lib/storage/local-disk";
import { s3Storage } from "@/lib/storage/s3";
import type { FileStorage } from "@/lib/storage/types";

export type { FileStorage, StorageVerbArgs } from "@/lib/storage/types";

let storage: FileStorage | undefined;

/**
 * The configured file storage: the local disk under UPLOAD_DIR by default, or an
 * S3-compatible bucket with STORAGE_DRIVER=s3 (needed when several servers run).
 */
export function getStorage(): FileStorage {
  if (storage) return storage;
  const env = getEnv();
  storage =
    env.STORAGE_DRIVER === "s3"
      ? s3Storage({
          bucket: env.S3_BUCKET!,
          region: env.S3_REGION,
          endpoint: env.S3_ENDPOINT,
          credentials: env.S3_ACCESS_KEY_ID ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY! } : undefined,
          forcePathStyle: env.S3_FORCE_PATH_STYLE,
          prefix: env.S3_PREFIX,
        })
      : localDiskStorage(env.UPLOAD_DIR);
  return storage;
}
