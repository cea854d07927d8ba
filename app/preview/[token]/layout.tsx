import type { Metadata } from "next";
import { getLocale, setRequestLocale } from "next-intl/server";
import "../../globals.css";
import { PreviewDocument } from "@/components/preview/preview-document";
import { loadSharedPreview } from "@/server/previews";

// Never cached, never indexed (server/http-server.ts also sends the matching headers).
export const metadata: Metadata = { robots: { index: false, follow: false } };

/** Root layout of a share-link preview, in the article's language (else the browser's). */
export default async function SharedPreviewLayout({ children, params }: LayoutProps<"/preview/[token]">) {
  const preview = await loadSharedPreview((await params).token);
  if (preview) setRequestLocale(preview.locale);
  return <PreviewDocument lang={preview?.locale ?? (await getLocale())}>{children}</PreviewDocument>;
}
