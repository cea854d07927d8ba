import type { Metadata } from "next";
import { siteDefaultLocale } from "@/server/site-url";
import Image from "next/image";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TeaserList } from "@/components/article/teaser-list";
import { ReaderChrome } from "@/components/layout/reader-chrome";
import type { LanguageAlternates } from "@/components/layout/site-header";
import { isLocale, locales } from "@/lib/locales";
import { pagedListingAlternates, parsePageSegment, paths } from "@/lib/paths";
import { cachedAuthor, cachedAuthorPage } from "@/server/reader-data";

export const dynamic = "force-static";
// Also the CDN lifetime (s-maxage): short, since a CDN does not hear about publications.
export const revalidate = 60;

type Props = PageProps<"/[locale]/authors/[slug]/[[...page]]">;

async function load(props: Props) {
  const { locale, slug, page: segment } = await props.params;
  const page = parsePageSegment(segment);
  if (!isLocale(locale) || page === null) notFound();
  const author = await cachedAuthor(slug);
  if (!author) notFound();
  const list = await cachedAuthorPage(locale, author.id, page);
  if (!list) notFound();
  const alternates: LanguageAlternates = Object.fromEntries(locales.map((l) => [l, paths.author(l, author.slug)]));
  return { locale, page, author, list, alternates };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, page, author, alternates } = await load(props);
  const t = await getTranslations({ locale, namespace: "author" });
  return {
    title: page > 1 ? t("pageTitle", { name: author.name, page }) : author.name,
    description: author.bio[locale] || undefined,
    alternates: pagedListingAlternates(paths.author(locale, author.slug), page, alternates, await siteDefaultLocale()),
  };
}

export default async function AuthorPage(props: Props) {
  const { locale, page, author, list, alternates } = await load(props);
  setRequestLocale(locale);
  const t = await getTranslations("author");
  const initials = author.name
    .split(/\s+/)
    .map((part) => part[0])
    .slice(0, 2)
    .join("");
  return (
    <ReaderChrome locale={locale} alternates={alternates}>
      <main id="main" className="mx-auto max-w-4xl px-4 py-8 sm:px-6">
        <header className="flex items-start gap-5 border-b-2 border-ink pb-5">
          {author.photo ? (
            <Image
              src={author.photo.src}
              alt={author.photo.alt[locale] ?? ""}
              // A fixed-size portrait: a 1x and a 2x file, not every width.
              width={96}
              height={Math.round((96 * author.photo.height) / author.photo.width)}
              preload
              className="size-20 shrink-0 rounded-full object-cover sm:size-24"
            />
          ) : (
            <span
              aria-hidden="true"
              className="flex size-20 shrink-0 items-center justify-center rounded-full bg-ink font-serif text-2xl font-bold text-paper sm:size-24"
            >
              {initials}
            </span>
          )}
          <div>
            <h1 className="font-serif text-3xl font-bold sm:text-4xl">{author.name}</h1>
            {author.jobTitle[locale] && <p className="mt-1 font-medium text-accent">{author.jobTitle[locale]}</p>}
            {author.bio[locale] && <p className="mt-2 max-w-2xl text-ink-muted">{author.bio[locale]}</p>}
          </div>
        </header>
        <h2 className="mt-8 text-sm font-bold tracking-widest uppercase">{t("articlesBy", { name: author.name })}</h2>
        <TeaserList
          items={list.items}
          base={paths.author(locale, author.slug)}
          page={page}
          pageCount={list.pageCount}
        />
      </main>
    </ReaderChrome>
  );
}
