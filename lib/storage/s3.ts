import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { assertStorageKey, isStorageKey, type FileStorage, type StoredObject } from "@/lib/storage/types";

export interface S3StorageOptions {
  bucket: string;
  region: string;
  /** An S3-compatible endpoint; unset = AWS S3. */
  endpoint?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
  forcePathStyle?: boolean;
  /** A folder inside the bucket (`sentra/prod`): every key is stored under it. */
  prefix?: string;
  /** Keys per ListObjectsV2 page (S3's maximum, 1000, by default; tests page with less). */
  listPageSize?: number;
}

const isMissing = (err: unknown) =>
  err instanceof NoSuchKey || (err instanceof S3ServiceException && (err.name === "NoSuchKey" || err.$metadata.httpStatusCode === 404));

/**
 * Files in one bucket of an S3-compatible object store (the AWS SDK v3 client), so that
 * several app servers share them. Same contract as the local disk: `put` is atomic (S3
 * never shows half an object), `get` of a missing key is null, `delete` of one is fine.
 */
export function s3Storage(options: S3StorageOptions, client?: S3Client): FileStorage {
  const s3 =
    client ??
    new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      credentials: options.credentials,
      forcePathStyle: options.forcePathStyle,
      // Object stores other than AWS often reject the newer default checksum headers.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    });
  const Bucket = options.bucket;
  const root = options.prefix ? `${options.prefix}/` : "";
  const objectKey = (key: string) => {
    assertStorageKey(key);
    return `${root}${key}`;
  };
  async function* list(prefix: string): AsyncGenerator<StoredObject> {
    let ContinuationToken: string | undefined;
    do {
      const page = await s3.send(
        new ListObjectsV2Command({ Bucket, Prefix: `${objectKey(prefix)}/`, ContinuationToken, MaxKeys: options.listPageSize }),
      );
      for (const item of page.Contents ?? []) {
        const key = item.Key?.slice(root.length);
        if (key && isStorageKey(key)) yield { key, modifiedAt: item.LastModified ?? new Date(0) };
      }
      ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (ContinuationToken);
  }
  return {
    async put(key, bytes) {
      await s3.send(new PutObjectCommand({ Bucket, Key: objectKey(key), Body: bytes, ContentLength: bytes.byteLength }));
    },
    async get(key) {
      try {
        const out = await s3.send(new GetObjectCommand({ Bucket, Key: objectKey(key) }));
        return out.Body ? await out.Body.transformToByteArray() : new Uint8Array();
      } catch (err) {
        if (isMissing(err)) return null;
        throw err;
      }
    },
    async delete(key) {
      await s3.send(new DeleteObjectCommand({ Bucket, Key: objectKey(key) }));
    },
    list,
  };
}
