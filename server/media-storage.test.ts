/**
 * Both media stores keep the same promises: what is put is got back byte for byte, a missing
 * key is null, removed keys are gone, every key is listed, unsafe keys are refused. The S3 store
 * is tried against s3rver, a local S3-compatible server, with path-style addresses as a
 * self-hosted store needs; and a store that has gone away fails with an error, not a hang.
 */
import { mkdtemp } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LocalDiskStorage, type MediaStorage } from "./media-storage";
import { S3Storage } from "./media-storage-s3";

const bucket = "heraldo-media-test";
let s3server: S3rver;
let endpoint = "";

beforeAll(async () => {
  s3server = new S3rver({
    port: 0,
    address: "127.0.0.1",
    silent: true,
    directory: await mkdtemp(path.join(tmpdir(), "heraldo-s3rver-")),
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const address = (await s3server.run()) as AddressInfo;
  endpoint = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  await s3server?.close();
});

function s3Storage(prefix?: string): S3Storage {
  return new S3Storage({
    bucket,
    region: "us-east-1",
    endpoint,
    forcePathStyle: true,
    prefix,
    // s3rver's fixed local credentials.
    credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
  });
}

const stores: [string, () => Promise<MediaStorage>][] = [
  ["local disk", async () => new LocalDiskStorage(await mkdtemp(path.join(tmpdir(), "heraldo-media-")))],
  ["an S3-compatible bucket", async () => s3Storage(`run-${Date.now()}`)],
];

describe.each(stores)("media on %s", (_name, open) => {
  it("gives back what was put, lists it, and forgets what was removed", async () => {
    const storage = await open();
    const image = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 1, 2, 3, 250, 251]);
    await storage.put("library/12/abc.jpg", image);
    await storage.put("demo/lead.webp", Buffer.from("second"));

    expect(await storage.get("library/12/abc.jpg")).toEqual(image);
    expect(await storage.get("library/12/missing.jpg")).toBeNull();
    const keys: string[] = [];
    for await (const key of storage.keys()) keys.push(key);
    expect(keys.sort()).toEqual(["demo/lead.webp", "library/12/abc.jpg"]);

    await storage.remove("library/12/abc.jpg");
    expect(await storage.get("library/12/abc.jpg")).toBeNull();
  });

  it("refuses keys that could leave its folder or prefix", async () => {
    const storage = await open();
    await expect(storage.put("../outside.jpg", Buffer.from("x"))).rejects.toThrow("Unsafe media key");
    expect(await storage.get("library/../../etc/passwd")).toBeNull();
  });
});

it("a bucket that has gone away fails quickly with an error", async () => {
  const gone = new S3Storage({
    bucket,
    region: "us-east-1",
    endpoint: "http://127.0.0.1:9",
    forcePathStyle: true,
    credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
  });
  await expect(gone.get("library/1/a.jpg")).rejects.toThrow();
});
