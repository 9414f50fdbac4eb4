/**
 * The storage contract, run against the local disk and against a real S3-compatible
 * server (s3rver, from npm, in this process on a free port) through the AWS SDK v3 client.
 */
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localDiskStorage } from "@/lib/storage/local-disk";
import { s3Storage } from "@/lib/storage/s3";
import type { FileStorage } from "@/lib/storage/types";

const bytes = (text: string) => new TextEncoder().encode(text);
const collect = async (storage: FileStorage, prefix: string) => {
  const out: string[] = [];
  for await (const o of storage.list(prefix)) {
    expect(o.modifiedAt).toBeInstanceOf(Date);
    out.push(o.key);
  }
  return out.sort();
};

function contract(name: string, make: () => FileStorage) {
  describe(`${name}: the FileStorage contract`, () => {
    it("put / get / overwrite / delete; a missing key is null and deleting it is fine", async () => {
      const s = make();
      expect(await s.get("evidence/d1/missing")).toBeNull();
      await s.put("evidence/d1/aaa", bytes("satu"));
      expect(new TextDecoder().decode((await s.get("evidence/d1/aaa"))!)).toBe("satu");
      await s.put("evidence/d1/aaa", bytes("dua"));
      expect(new TextDecoder().decode((await s.get("evidence/d1/aaa"))!)).toBe("dua");
      await s.delete("evidence/d1/aaa");
      expect(await s.get("evidence/d1/aaa")).toBeNull();
      await s.delete("evidence/d1/aaa");
    });

    it("binary content survives byte for byte; an empty file is an empty file", async () => {
      const s = make();
      const data = new Uint8Array(300_000).map((_, i) => (i * 31) % 256);
      await s.put("imports/bin", data);
      expect(Buffer.from((await s.get("imports/bin"))!).equals(Buffer.from(data))).toBe(true);
      await s.put("imports/empty", new Uint8Array());
      expect((await s.get("imports/empty"))?.byteLength).toBe(0);
    });

    it("lists every key under a prefix segment (not a sibling that merely starts alike), across folders", async () => {
      const s = make();
      await s.put("evidence/d2/x1", bytes("1"));
      await s.put("evidence/d3/x2", bytes("2"));
      await s.put("evidencex/d4/x3", bytes("3"));
      expect(await collect(s, "evidence")).toEqual(expect.arrayContaining(["evidence/d2/x1", "evidence/d3/x2"]));
      expect((await collect(s, "evidence")).some((k) => k.startsWith("evidencex"))).toBe(false);
      expect(await collect(s, "nothing-here")).toEqual([]);
    });

    it("refuses keys that could leave the store", async () => {
      const s = make();
      await expect(s.put("../etc/passwd", bytes("x"))).rejects.toThrow(/invalid storage key/);
      await expect(s.get("/abs")).rejects.toThrow(/invalid storage key/);
      await expect(s.delete("a/./b")).rejects.toThrow(/invalid storage key/);
    });
  });
}

let localDir = "";
let s3Dir = "";
let server: S3rver | undefined;
let endpoint = "";

beforeAll(async () => {
  localDir = await mkdtemp(path.join(tmpdir(), "sentra-storage-local-"));
  s3Dir = await mkdtemp(path.join(tmpdir(), "sentra-storage-s3-"));
  server = new S3rver({
    port: 0,
    address: "127.0.0.1",
    silent: true,
    directory: s3Dir,
    configureBuckets: [{ name: "sentra-test", configs: [] }],
  });
  const address: AddressInfo = await server.run();
  endpoint = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  await server?.close();
  await rm(localDir, { recursive: true, force: true });
  await rm(s3Dir, { recursive: true, force: true });
});

contract("local disk", () => localDiskStorage(localDir));
contract("S3 (s3rver)", () =>
  s3Storage({
    bucket: "sentra-test",
    region: "us-east-1",
    endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
    prefix: "sentra/test",
  }),
);

describe("S3 backend details", () => {
  it("keeps every object under the configured prefix", async () => {
    const s = s3Storage({
      bucket: "sentra-test",
      region: "us-east-1",
      endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
      prefix: "p2",
    });
    const other = s3Storage({
      bucket: "sentra-test",
      region: "us-east-1",
      endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
      prefix: "p3",
    });
    await s.put("evidence/d/one", bytes("1"));
    expect(await other.get("evidence/d/one")).toBeNull();
    expect(await collect(s, "evidence")).toEqual(["evidence/d/one"]);
  });

  // s3rver's continuation tokens use DES, which Node 20's OpenSSL 3 refuses (an internal
  // error), so paging is checked against a stub client answering as S3 documents it.
  it("follows NextContinuationToken until the listing is complete, dropping the prefix from keys", async () => {
    const all = Array.from({ length: 5 }, (_, i) => `root/evidence/x/k${i}`);
    const seen: Array<string | undefined> = [];
    const client = {
      send: async (command: { input: { Prefix?: string; ContinuationToken?: string } }) => {
        seen.push(command.input.ContinuationToken);
        const from = Number(command.input.ContinuationToken ?? 0);
        const page = all.slice(from, from + 2);
        const next = from + 2 < all.length ? String(from + 2) : undefined;
        return {
          Contents: page.map((Key) => ({ Key, LastModified: new Date() })),
          IsTruncated: Boolean(next),
          NextContinuationToken: next,
        };
      },
    };
    const s = s3Storage({ bucket: "b", region: "us-east-1", prefix: "root" }, client as never);
    expect(await collect(s, "evidence")).toEqual(all.map((k) => k.slice("root/".length)));
    expect(seen).toEqual([undefined, "2", "4"]);
  });
});
