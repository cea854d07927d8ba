import type { Locale } from "@/lib/locales";
import { SiteFooter } from "./site-footer";
import { SiteAnnouncement } from "./site-announcement";
import { SiteHeader, type LanguageAlternates } from "./site-header";

/**
 * Header, navigation and footer around a reader page. Pages that must stand alone (the print
 * view) simply do not use it.
 */
export function ReaderChrome({
  locale,
  alternates,
  banner,
  children,
}: {
  locale: Locale;
  alternates?: LanguageAlternates;
  /** Full-width strip under the header, e.g. breaking news. */
  banner?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} />
      <SiteAnnouncement locale={locale} />
      {banner}
      {children}
      <SiteFooter locale={locale} />
    </>
  );
}
