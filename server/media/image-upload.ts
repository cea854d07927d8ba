/**
 * The upload pipeline of the media library: decides what a file is from its bytes (never from
 * its name or declared type), refuses anything that is not a sound JPEG, PNG, WebP, AVIF or GIF
 * of sane dimensions, and re-encodes what it accepts so no EXIF/GPS or other metadata survives.
 */
import { DomainError } from "@/lib/domain-error";
import "server-only";
import sharp, { type Metadata, type Sharp } from "sharp";
import { env } from "../env";

export const acceptedFormats = ["jpeg", "png", "webp", "avif", "gif"] as const;
export type ImageFormat = (typeof acceptedFormats)[number];

/** Largest picture accepted, in pixels (about 50 megapixels), and longest side. */
export const maxImagePixels = 50_000_000;
export const maxImageSide = 16_000;

/** The upload limit in bytes for a limit in megabytes (by default MEDIA_MAX_UPLOAD_MB). */
export function maxUploadBytes(megabytes: number = env.MEDIA_MAX_UPLOAD_MB): number {
  return Math.floor(megabytes * 1024 * 1024);
}

/** Why an upload was refused; each has a message in the `media` namespace (upload.errors.*). */
export const uploadRefusals = ["empty", "tooLarge", "svg", "notAnImage", "tooManyPixels", "corrupt"] as const;
export type UploadRefusal = (typeof uploadRefusals)[number];

const ascii = (bytes: Uint8Array, start: number, end: number) =>
  String.fromCharCode(...bytes.subarray(start, Math.min(end, bytes.length)));

/** An ISO-BMFF file whose brands say AVIF (ftyp box: size, "ftyp", major brand, version, compatible brands). */
function isAvif(bytes: Uint8Array): boolean {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== "ftyp") return false;
  const boxSize = Math.min((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!, bytes.length, 256);
  const brands = [ascii(bytes, 8, 12)];
  for (let at = 16; at + 4 <= boxSize; at += 4) brands.push(ascii(bytes, at, at + 4));
  return brands.includes("avif") || brands.includes("avis");
}

/** SVG (or any XML/HTML text that may carry script): refused with its own message. */
function looksLikeMarkup(bytes: Uint8Array): boolean {
  const head = new TextDecoder("utf-8", { fatal: false })
    .decode(bytes.subarray(0, 1024))
    .replace(/^\uFEFF/, "")
    .trimStart()
    .toLowerCase();
  return head.startsWith("<?xml") || head.startsWith("<svg") || head.startsWith("<!doctype") || /<svg[\s>]/.test(head);
}

/** The image format the bytes start with (magic numbers), "svg" for markup, or null. */
export function sniffImageFormat(bytes: Uint8Array): ImageFormat | "svg" | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg";
  if (bytes.length >= 8 && ascii(bytes, 0, 8) === "\x89PNG\r\n\x1a\n") return "png";
  if (ascii(bytes, 0, 6) === "GIF87a" || ascii(bytes, 0, 6) === "GIF89a") return "gif";
  if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") return "webp";
  if (isAvif(bytes)) return "avif";
  if (looksLikeMarkup(bytes)) return "svg";
  return null;
}

export const mimeTypes: Record<ImageFormat, string> = {
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  avif: "image/avif",
  gif: "image/gif",
};

export const fileExtensions: Record<ImageFormat, string> = {
  jpeg: "jpg",
  png: "png",
  webp: "webp",
  avif: "avif",
  gif: "gif",
};

export type ProcessedImage = {
  data: Buffer;
  format: ImageFormat;
  mimeType: string;
  extension: string;
  width: number;
  height: number;
};

/** The re-encoder per format: same format out as in, no metadata kept (sharp's default). */
function encode(image: Sharp, format: ImageFormat): Sharp {
  switch (format) {
    case "jpeg":
      return image.jpeg({ quality: 85, mozjpeg: true });
    case "png":
      return image.png({ compressionLevel: 9 });
    case "webp":
      return image.webp({ quality: 85 });
    case "avif":
      return image.avif({ quality: 60 });
    case "gif":
      return image.gif();
  }
}

/**
 * Checks and cleans one uploaded file. Throws a DomainError whose code is the reason; the caller
 * stores nothing then. The size limit is checked here too (the route also stops reading there).
 */
export async function processUploadedImage(
  bytes: Buffer,
  limitBytes: number = maxUploadBytes(),
): Promise<ProcessedImage> {
  if (bytes.length === 0) throw new DomainError("empty");
  if (bytes.length > limitBytes) throw new DomainError("tooLarge");
  const sniffed = sniffImageFormat(bytes);
  if (sniffed === "svg") throw new DomainError("svg");
  if (sniffed === null) throw new DomainError("notAnImage");

  // Header first: a decompression bomb is refused from its declared size, before any decoding.
  let header: Metadata;
  try {
    header = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (cause) {
    throw new DomainError("corrupt", { cause });
  }
  if (header.format !== sniffed && !(sniffed === "avif" && header.format === "heif")) {
    throw new DomainError("notAnImage");
  }
  const width = header.width ?? 0;
  const height = header.pageHeight ?? header.height ?? 0;
  if (width < 1 || height < 1) throw new DomainError("corrupt");
  if (width > maxImageSide || height > maxImageSide || width * height > maxImagePixels) {
    throw new DomainError("tooManyPixels");
  }

  const animated = sniffed === "gif" || sniffed === "webp";
  try {
    // A full decode: truncated or corrupt data fails here (failOn "warning" is the strictest).
    const pipeline = sharp(bytes, { limitInputPixels: maxImagePixels, failOn: "warning", animated }).rotate();
    const { data, info } = await encode(pipeline, sniffed).toBuffer({ resolveWithObject: true });
    return {
      data,
      format: sniffed,
      mimeType: mimeTypes[sniffed],
      extension: fileExtensions[sniffed],
      width: info.width,
      height: info.pageHeight ?? info.height,
    };
  } catch (cause) {
    if (cause instanceof Error && /pixel limit/i.test(cause.message)) {
      throw new DomainError("tooManyPixels", { cause });
    }
    throw new DomainError("corrupt", { cause });
  }
}

/** The name a staff member gave the file, kept only for finding it again (never used as a path). */
export function cleanOriginalName(name: string): string {
  return name
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .replace(/^.*[\\/]/, "")
    .trim()
    .slice(0, 200);
}
