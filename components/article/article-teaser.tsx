import Image from "next/image";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ArticleTeaser as Teaser } from "@/db/queries/types";
import { paths } from "@/lib/paths";
import { PublishedTime } from "./published-time";

type Variant = "lead" | "card" | "row" | "compact";

/**
 * How wide each variant's image is shown. The lead image follows the viewport (`sizes`, so the
 * browser picks from the widths in next.config.ts). The others get a 1x and a 2x file only:
 * every listed width is some 90 bytes of srcset text per image on a page that shows dozens.
 * Cards are at most 480 px wide on a phone held upright and 300 px in the desktop grid.
 */
const imageLayout: Record<Variant, { sizes: string } | { width: number }> = {
  lead: { sizes: "(min-width: 1024px) 760px, 100vw" },
  card: { width: 480 },
  row: { width: 240 },
  compact: { width: 80 },
};

/**
 * A story in a list: kicker, headline, summary, source, date and thumbnail. `preload` only for
 * the one image above the fold; the rest load lazily.
 */
export async function ArticleTeaser({
  article,
  variant,
  preload = false,
  headingLevel = 3,
}: {
  article: Teaser;
  variant: Variant;
  preload?: boolean;
  headingLevel?: 2 | 3;
}) {
  const t = await getTranslations("teaser");
  const href = paths.article(article.locale, article.slug);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const headlineClass = {
    lead: "font-serif text-3xl leading-tight font-semibold sm:text-4xl lg:text-[2.6rem]",
    card: "font-serif text-xl leading-snug font-semibold",
    row: "font-serif text-lg leading-snug font-semibold sm:text-xl",
    compact: "font-serif text-base leading-snug font-semibold",
  }[variant];
  const layout = imageLayout[variant];
  const fixedWidth = "width" in layout ? layout.width : null;
  const image = article.image && (
    <Image
      src={article.image.src}
      alt={article.image.alt}
      width={fixedWidth ?? article.image.width}
      height={fixedWidth ? Math.round((fixedWidth * article.image.height) / article.image.width) : article.image.height}
      sizes={"sizes" in layout ? layout.sizes : undefined}
      preload={preload}
      loading={preload ? undefined : "lazy"}
      className={
        variant === "row"
          ? "aspect-[4/3] w-28 shrink-0 rounded-sm object-cover sm:w-60"
          : variant === "compact"
            ? "aspect-square w-20 shrink-0 rounded-sm object-cover"
            : "aspect-[16/9] w-full rounded-sm object-cover"
      }
    />
  );
  const text = (
    <div className="min-w-0 flex-1">
      {article.topic && <p className="teaser-kicker">{article.topic.name}</p>}
      <Heading className={headlineClass}>
        <Link href={href} className="teaser-link">
          {article.title}
        </Link>
      </Heading>
      {variant !== "compact" && (
        <p className={variant === "lead" ? "mt-2 text-lg leading-relaxed text-ink-muted" : "teaser-summary"}>
          {article.summary}
        </p>
      )}
      <p className="teaser-meta">
        <PublishedTime iso={article.publishedAt} />
        {article.sourceName && variant !== "compact" && <span>{t("source", { source: article.sourceName })}</span>}
      </p>
    </div>
  );
  if (variant === "row" || variant === "compact") {
    return (
      <article className="flex items-start gap-4">
        {text}
        {image}
      </article>
    );
  }
  return (
    <article className="flex flex-col gap-3">
      {image}
      {text}
    </article>
  );
}
