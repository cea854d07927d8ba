import { getLocale } from "next-intl/server";
import { NotFoundContent } from "@/components/layout/not-found-content";
import { defaultLocale, isLocale } from "@/lib/locales";

/** Shown when a reader page calls notFound() (in the browser after client navigation). */
export default async function ReaderNotFound() {
  const current = await getLocale();
  return <NotFoundContent locale={isLocale(current) ? current : defaultLocale} />;
}
