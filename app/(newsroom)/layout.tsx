import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import "../globals.css";
import { headlineFont, textFont } from "@/components/fonts";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return {
    title: { default: `Heraldo — ${t("title")}`, template: "%s — Heraldo" },
    robots: { index: false, follow: false },
  };
}

/** Root layout of the staff site; its language follows the browser (see i18n/request.ts). */
export default async function NewsroomRootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale} className={`${headlineFont.variable} ${textFont.variable}`}>
      <body className="min-h-screen bg-paper text-ink antialiased">{children}</body>
    </html>
  );
}
