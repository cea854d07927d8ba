import type { Metadata } from "next";
import { siteDefaultLocale } from "@/server/site-url";
import { notFound, permanentRedirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TeaserList } from "@/components/article/teaser-list";
import { ReaderChrome } from "@/components/layout/reader-chrome";
import type { LanguageAlternates } from "@/components/layout/site-header";
import { isLocale, locales } from "@/lib/locales";
import { pagedListingAlternates, parsePageSegment, paths } from "@/lib/paths";
import { cachedTopic, cachedTopicPage, cachedTopicRedirect } from "@/server/reader-data";

export const dynamic = "force-static";
// Also the CDN lifetime (s-maxage): short, since a CDN does not hear about publications.
export const revalidate = 60;

type Props = PageProps<"/[locale]/topics/[slug]/[[...page]]">;

async function load(props: Props) {
  const { locale, slug, page: segment } = await props.params;
  const page = parsePageSegment(segment);
  if (!isLocale(locale) || page === null) notFound();
  const topic = await cachedTopic(locale, slug);
  if (!topic) {
    // A renamed or merged topic's old address leads on for good; an unknown one is a 404.
    const current = await cachedTopicRedirect(locale, slug);
    if (current) permanentRedirect(paths.paged(paths.topic(locale, current), page));
    notFound();
  }
  const list = await cachedTopicPage(locale, topic.id, page);
  if (!list) notFound();
  const alternates: LanguageAlternates = {};
  for (const l of locales) if (topic.slugs[l]) alternates[l] = paths.topic(l, topic.slugs[l]);
  return { locale, page, topic, list, alternates };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, page, topic, alternates } = await load(props);
  const t = await getTranslations({ locale, namespace: "topic" });
  return {
    title: page > 1 ? t("pageTitle", { topic: topic.name, page }) : topic.name,
    description: topic.description || undefined,
    alternates: pagedListingAlternates(paths.topic(locale, topic.slug), page, alternates, await siteDefaultLocale()),
  };
}

export default async function TopicPage(props: Props) {
  const { locale, page, topic, list, alternates } = await load(props);
  setRequestLocale(locale);
  const t = await getTranslations("topic");
  return (
    <ReaderChrome locale={locale} alternates={alternates}>
      <main id="main" className="mx-auto max-w-4xl px-4 py-8 sm:px-6">
        <header className="border-b-2 border-ink pb-3">
          <h1 className="font-serif text-4xl font-bold">
            {page > 1 ? t("pageTitle", { topic: topic.name, page }) : topic.name}
          </h1>
          {topic.description && <p className="mt-2 text-lg text-ink-muted">{topic.description}</p>}
          <p className="mt-1 text-sm text-ink-muted">{t("count", { count: list.total })}</p>
        </header>
        <TeaserList items={list.items} base={paths.topic(locale, topic.slug)} page={page} pageCount={list.pageCount} />
      </main>
    </ReaderChrome>
  );
}
