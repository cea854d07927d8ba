/**
 * What an import would do (its dry run) or did: counts as small cards, then the stories and
 * images it left out, each with where it is in the file and why, in tables that stack on a phone.
 */
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { SiteImportSummary, SkippedItem } from "@/server/site-import/summary";

/** Rows shown per table; a file with thousands of problems says how many more there are. */
const shownRows = 200;

function Card({ term, value, testId }: { term: string; value: string; testId?: string }) {
  return (
    <div className="rounded-sm border border-rule bg-paper-raised px-4 py-3" data-testid={testId}>
      <dt className="text-sm text-ink-muted">{term}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums">{value}</dd>
    </div>
  );
}

function DetailCard({ term, value, testId }: { term: string; value: string; testId?: string }) {
  return (
    <div className="rounded-sm border border-rule px-4 py-3" data-testid={testId}>
      <dt className="text-sm font-semibold">{term}</dt>
      <dd className="mt-1 text-sm tabular-nums">{value}</dd>
    </div>
  );
}

async function ItemTable({ caption, items, testId }: { caption: string; items: SkippedItem[]; testId: string }) {
  const t = await getTranslations("import.summary");
  const format = await getFormatter();
  if (items.length === 0) return null;
  return (
    <section className="mt-8" data-testid={testId}>
      <h3 className="mb-2 text-lg font-semibold">
        {caption} <span className="font-normal text-ink-muted tabular-nums">({format.number(items.length)})</span>
      </h3>
      <DataTable
        caption={caption}
        rows={items.slice(0, shownRows).map((item, index) => ({ ...item, index }))}
        rowKey={(row) => row.index}
        columns={[
          { header: t("where"), cell: (row) => row.where, className: "whitespace-nowrap text-ink-muted sm:w-32" },
          {
            header: t("item"),
            cell: (row) => row.label || t("noTitle"),
            rowHeader: true,
            className: "break-words font-medium sm:max-w-xs",
          },
          { header: t("reason"), cell: (row) => row.reason, className: "break-words" },
        ]}
      />
      {items.length > shownRows && (
        <p className="mt-2 text-sm text-ink-muted">{t("more", { count: items.length - shownRows })}</p>
      )}
    </section>
  );
}

export async function ImportSummary({ summary }: { summary: SiteImportSummary }) {
  const t = await getTranslations("import.summary");
  const dry = summary.dryRun ? "yes" : "no";
  const format = await getFormatter();
  const n = (value: number) => format.number(value);
  const { stories } = summary;
  return (
    <div data-testid="import-summary">
      <h3 className="sr-only">{t("heading")}</h3>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" aria-label={t("stories")}>
        <Card term={t("created", { dry })} value={n(stories.created)} testId="count-created" />
        <Card term={t("updated", { dry })} value={n(stories.updated)} testId="count-updated" />
        <Card term={t("unchanged")} value={n(stories.unchanged)} testId="count-unchanged" />
        <Card term={t("skipped", { dry })} value={n(stories.skipped.length)} testId="count-skipped" />
      </dl>
      <dl className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <DetailCard
          term={t("authors")}
          value={t("newAndMatched", { dry, created: summary.authors.created, matched: summary.authors.matched })}
          testId="count-authors"
        />
        <DetailCard
          term={t("topics")}
          value={t("newAndMatched", { dry, created: summary.topics.created, matched: summary.topics.matched })}
          testId="count-topics"
        />
        <DetailCard
          term={t("images")}
          value={t("imagesCount", {
            dry,
            imported: summary.images.imported,
            missing: summary.images.notImported.length,
          })}
          testId="count-images"
        />
        <DetailCard term={t("redirects")} value={n(summary.redirects.length)} testId="count-redirects" />
      </dl>
      <ItemTable caption={t("skippedHeading", { dry })} items={stories.skipped} testId="skipped-stories" />
      <ItemTable
        caption={summary.dryRun ? t("imagesHeading") : t("imagesHeadingDone")}
        items={summary.images.notImported}
        testId="skipped-images"
      />
      <ItemTable caption={t("notesHeading")} items={stories.notes} testId="story-notes" />
    </div>
  );
}
