/**
 * The share image of an article (1200x630): its headline over the darkened lead image, with the
 * site name. Rendered with next/og; fonts and the photo are read from disk, nothing is fetched.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import sharp from "sharp";
import { getMediaStorage } from "@/server/media-storage";

export const shareImageSize = { width: 1200, height: 630 };

const fontDir = path.join(process.cwd(), "node_modules", "@fontsource", "source-serif-4", "files");

async function photoDataUrl(storageKey: string | null): Promise<string | null> {
  if (!storageKey) return null;
  const original = await getMediaStorage().get(storageKey);
  if (!original) return null;
  const jpeg = await sharp(original)
    .resize(shareImageSize.width, shareImageSize.height, { fit: "cover" })
    .jpeg({ quality: 80 })
    .toBuffer();
  return `data:image/jpeg;base64,${jpeg.toString("base64")}`;
}

/**
 * The embedded font covers Latin scripts only, and next/og would download fonts for anything
 * else (this server never reaches out): other scripts and emoji are left out of the image.
 */
export function drawableText(text: string): string {
  return text
    .replace(/[^\u0020-\u024F\u1E00-\u1EFF\u2010-\u2027\u2030-\u205E\u20AC]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}

export async function renderShareImage(input: {
  title: string;
  kicker: string | null;
  siteName: string;
  storageKey: string | null;
}): Promise<ImageResponse> {
  const [bold, photo] = await Promise.all([
    readFile(path.join(fontDir, "source-serif-4-latin-700-normal.woff")),
    photoDataUrl(input.storageKey),
  ]);
  const long = input.title.length > 90;
  return new ImageResponse(
    <div style={{ width: "100%", height: "100%", display: "flex", position: "relative", background: "#1b1b1a" }}>
      {photo && (
        // eslint-disable-next-line @next/next/no-img-element -- next/og renders plain <img> only
        <img
          src={photo}
          alt=""
          width={1200}
          height={630}
          style={{ position: "absolute", top: 0, left: 0, objectFit: "cover" }}
        />
      )}
      <div
        style={{
          position: "absolute",
          top: 0,
          left: 0,
          width: 1200,
          height: 630,
          display: "flex",
          flexDirection: "column",
          justifyContent: "flex-end",
          padding: "56px 64px",
          backgroundImage: "linear-gradient(180deg, rgba(0,0,0,0.05) 0%, rgba(0,0,0,0.55) 45%, rgba(0,0,0,0.88) 100%)",
          color: "#ffffff",
        }}
      >
        {input.kicker && (
          <div
            style={{ fontSize: 26, letterSpacing: 3, textTransform: "uppercase", color: "#ffb4ab", marginBottom: 16 }}
          >
            {drawableText(input.kicker)}
          </div>
        )}
        <div
          style={{
            display: "flex",
            width: 1072,
            fontFamily: "Source Serif",
            fontSize: long ? 52 : 64,
            lineHeight: 1.12,
            fontWeight: 700,
          }}
        >
          {drawableText(input.title)}
        </div>
        <div style={{ display: "flex", alignItems: "center", marginTop: 32, fontSize: 28 }}>
          <div
            style={{
              width: 44,
              height: 44,
              background: "#a4161a",
              borderRadius: 8,
              marginRight: 16,
              display: "flex",
              alignItems: "center",
              justifyContent: "center",
              fontFamily: "Source Serif",
              fontWeight: 700,
              fontSize: 30,
            }}
          >
            {drawableText(input.siteName).slice(0, 1)}
          </div>
          {drawableText(input.siteName)}
        </div>
      </div>
    </div>,
    { ...shareImageSize, fonts: [{ name: "Source Serif", data: bold, weight: 700, style: "normal" }] },
  );
}
