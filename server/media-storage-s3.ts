/**
 * Media in an S3-compatible bucket (AWS S3, MinIO, Ceph, R2…), for several instances behind a
 * load balancer: an image uploaded through one is served by every other. Keys are the same as
 * on disk, under an optional prefix. Credentials come from S3_ACCESS_KEY_ID and
 * S3_SECRET_ACCESS_KEY, or else from the SDK's usual chain (instance role, AWS_* variables).
 */
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { isSafeMediaKey, type MediaStorage } from "./media-storage";

export type S3StorageOptions = {
  bucket: string;
  region: string;
  endpoint?: string;
  forcePathStyle: boolean;
  prefix?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
};

export class S3Storage implements MediaStorage {
  private readonly client: S3Client;
  private readonly prefix: string;

  constructor(private readonly options: S3StorageOptions) {
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle,
      credentials: options.credentials,
      // A store that has gone away answers quickly with an error instead of holding a request.
      maxAttempts: 2,
    });
    this.prefix = options.prefix ? `${options.prefix.replace(/\/+$/, "")}/` : "";
  }

  private objectKey(key: string): string {
    if (!isSafeMediaKey(key)) throw new Error("Unsafe media key");
    return `${this.prefix}${key}`;
  }

  async put(key: string, data: Buffer): Promise<void> {
    await this.client.send(new PutObjectCommand({ Bucket: this.options.bucket, Key: this.objectKey(key), Body: data }));
  }

  async get(key: string): Promise<Buffer | null> {
    if (!isSafeMediaKey(key)) return null;
    try {
      const answer = await this.client.send(
        new GetObjectCommand({ Bucket: this.options.bucket, Key: this.objectKey(key) }),
      );
      return answer.Body ? Buffer.from(await answer.Body.transformToByteArray()) : null;
    } catch (error) {
      if (error instanceof NoSuchKey) return null;
      if (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404) return null;
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: this.objectKey(key) }));
  }

  async *keys(): AsyncIterable<string> {
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.options.bucket, Prefix: this.prefix, ContinuationToken: token }),
      );
      for (const object of page.Contents ?? []) {
        const key = object.Key?.slice(this.prefix.length);
        if (key && isSafeMediaKey(key)) yield key;
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }
}
