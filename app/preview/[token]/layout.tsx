import type { Metadata } from "next";
import { getLocale, setRequestLocale } from "next-intl/server";
import "../../globals.css";
import { ReaderDocument } from "@/components/layout/reader-document";
import { loadSharedPreview } from "@/server/previews";

// Never cached, never indexed (server/http-server.ts also sends the matching headers).
export const metadata: Metadata = { robots: { index: false, follow: false } };

/** Root layout of a share-link preview, in the article's language (else the browser's). */
export default async function SharedPreviewLayout({ children, params }: LayoutProps<"/preview/[token]">) {
  const preview = await loadSharedPreview((await params).token);
  if (preview) setRequestLocale(preview.locale);
  return <ReaderDocument lang={preview?.locale ?? (await getLocale())}>{children}</ReaderDocument>;
}
