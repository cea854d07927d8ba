import { crc32 } from "node:zlib";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { isDomainError } from "@/lib/domain-error";
import { maxUploadBytes, processUploadedImage, sniffImageFormat } from "./image-upload";

/** A small solid picture in the given format. */
function picture(format: "jpeg" | "png" | "webp" | "avif" | "gif", width = 64, height = 32): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: "#2a6f97" } })
    .toFormat(format)
    .toBuffer();
}

/** A valid PNG whose header claims `side` × `side` pixels (CRC fixed, so only the size lies). */
async function pngClaiming(side: number): Promise<Buffer> {
  const png = Buffer.from(await picture("png", 8, 8));
  png.writeUInt32BE(side, 16);
  png.writeUInt32BE(side, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

/** A JPEG carrying EXIF with GPS coordinates and a "rotate 90°" orientation. */
function jpegWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 60, height: 20, channels: 3, background: "#c33" } })
    .withExif({ IFD0: { Make: "LeakyCam" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "40/1 25/1 0/1" } })
    .withMetadata({ orientation: 6 })
    .jpeg()
    .toBuffer();
}

/** The EXIF block of a JPEG (TIFF header onwards), or null when it has none. */
function exifBlock(jpeg: Buffer): Buffer | null {
  const at = jpeg.indexOf(Buffer.from("Exif\0\0"));
  return at < 0 ? null : jpeg.subarray(at + 6, at + 6 + 4096);
}

/** Whether an EXIF block points at a GPS directory (tag 0x8825, either byte order). */
function hasGpsPointer(exif: Buffer): boolean {
  const littleEndian = exif.subarray(0, 2).toString("latin1") === "II";
  return exif.includes(Buffer.from(littleEndian ? [0x25, 0x88] : [0x88, 0x25]));
}

async function refusalOf(bytes: Buffer, limit?: number): Promise<string> {
  try {
    await processUploadedImage(bytes, limit);
  } catch (error) {
    if (isDomainError(error)) return error.code;
    throw error;
  }
  throw new Error("expected the upload to be refused");
}

describe("sniffImageFormat", () => {
  it("recognises each accepted format by its bytes", async () => {
    for (const format of ["jpeg", "png", "webp", "avif", "gif"] as const) {
      expect(sniffImageFormat(await picture(format))).toBe(format);
    }
  });

  it("calls markup svg and anything else unknown", () => {
    expect(sniffImageFormat(Buffer.from('\uFEFF  <?xml version="1.0"?><svg/>'))).toBe("svg");
    expect(sniffImageFormat(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBe("svg");
    expect(sniffImageFormat(Buffer.from("\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", "latin1"))).toBeNull();
    expect(sniffImageFormat(Buffer.from("MZ\x90\0\x03\0\0\0\x04\0\0\0", "latin1"))).toBeNull();
  });
});

describe("processUploadedImage", () => {
  it("accepts JPEG, PNG, WebP, AVIF and GIF, keeping format and size", async () => {
    for (const format of ["jpeg", "png", "webp", "avif", "gif"] as const) {
      const result = await processUploadedImage(await picture(format, 64, 32));
      expect(result).toMatchObject({ format, width: 64, height: 32 });
      expect(sniffImageFormat(result.data)).toBe(format);
    }
  });

  it("strips EXIF and GPS after applying the orientation", async () => {
    const original = await jpegWithGps();
    const before = exifBlock(original);
    expect(before && hasGpsPointer(before)).toBe(true);
    expect(original.includes(Buffer.from("LeakyCam"))).toBe(true);

    const stored = await processUploadedImage(original);

    expect(exifBlock(stored.data)).toBeNull();
    expect(stored.data.includes(Buffer.from("LeakyCam"))).toBe(false);
    const meta = await sharp(stored.data).metadata();
    expect(meta.exif).toBeUndefined();
    // Orientation 6 turned the 60 × 20 picture upright: 20 wide, 60 high.
    expect([stored.width, stored.height, meta.width, meta.height]).toEqual([20, 60, 20, 60]);
  });

  it("refuses a zero-byte file", async () => {
    expect(await refusalOf(Buffer.alloc(0))).toBe("empty");
  });

  it("refuses a file over the size limit before looking at it", async () => {
    const jpeg = await picture("jpeg");
    expect(await refusalOf(jpeg, jpeg.length - 1)).toBe("tooLarge");
  });

  it("refuses an executable renamed .jpg", async () => {
    const elf = Buffer.concat([Buffer.from("\x7fELF\x02\x01\x01\0", "latin1"), Buffer.alloc(2048, 0x90)]);
    const exe = Buffer.concat([Buffer.from("MZ\x90\0", "latin1"), Buffer.alloc(2048, 0x41)]);
    expect(await refusalOf(elf)).toBe("notAnImage");
    expect(await refusalOf(exe)).toBe("notAnImage");
  });

  it("refuses SVG, with or without script", async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><rect width="9" height="9"/></svg>';
    expect(await refusalOf(Buffer.from(svg))).toBe("svg");
    expect(await refusalOf(Buffer.from(`<?xml version="1.0"?>\n${svg}`))).toBe("svg");
  });

  it("refuses a truncated JPEG", async () => {
    const jpeg = await sharp({ create: { width: 400, height: 300, channels: 3, background: "#777" } })
      .composite([{ input: await picture("png", 200, 100), left: 20, top: 30 }])
      .jpeg()
      .toBuffer();
    expect(await refusalOf(jpeg.subarray(0, Math.floor(jpeg.length / 2)))).toBe("corrupt");
  });

  it("refuses image data that is garbage after a valid signature", async () => {
    const fake = Buffer.concat([Buffer.from("\x89PNG\r\n\x1a\n", "latin1"), Buffer.alloc(500, 7)]);
    expect(await refusalOf(fake)).toBe("corrupt");
  });

  it("refuses a decompression bomb from its header, without decoding it", async () => {
    const bomb = await pngClaiming(100_000);
    expect(bomb.length).toBeLessThan(1000);
    expect(await refusalOf(bomb)).toBe("tooManyPixels");
  });
});

describe("maxUploadBytes", () => {
  it("converts megabytes, by default MEDIA_MAX_UPLOAD_MB (15 MB unless set)", () => {
    expect(maxUploadBytes(2)).toBe(2 * 1024 * 1024);
    expect(maxUploadBytes()).toBe(15 * 1024 * 1024);
  });
});
