import type { Metadata } from "next";
import { getLocale, setRequestLocale } from "next-intl/server";
import "../../../../../globals.css";
import { ReaderDocument } from "@/components/layout/reader-document";
import { loadStaffPreview } from "@/server/previews";

export const metadata: Metadata = { robots: { index: false, follow: false } };

/** Root layout of the staff preview: the article's language, neither newsroom nor reader chrome. */
export default async function StaffPreviewLayout({ children, params }: LayoutProps<"/admin/articles/[id]/preview">) {
  const id = Number((await params).id);
  const preview = Number.isInteger(id) && id > 0 ? await loadStaffPreview(id) : null;
  if (preview) setRequestLocale(preview.locale);
  return <ReaderDocument lang={preview?.locale ?? (await getLocale())}>{children}</ReaderDocument>;
}
