import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/auth-session";
import { refusalCode, RefusalNotice } from "../_components/refusal-notice";
import { Button, buttonClass } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import {
  activeSiteImport,
  getSiteImport,
  interruptedError,
  listSiteImports,
  type SiteImportRun,
} from "@/db/queries/site-imports/runs";
import { localeNames, locales } from "@/lib/locales";
import { fileMissingError } from "@/server/site-import/run";
import { maxImportBytes } from "@/server/site-import/upload";
import { startImportAction } from "./actions";
import { ImportProgress } from "./_components/import-progress.client";
import { ImportSummary } from "./_components/import-summary";
import { ImportUploadForm } from "./_components/upload-form.client";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("import");
  return { title: t("title") };
}

function runId(raw: string | string[] | undefined): number | null {
  return typeof raw === "string" && /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : null;
}

export default async function ImportPage({ searchParams }: PageProps<"/admin/import">) {
  const user = await requireStaffPage("site.import");
  const t = await getTranslations("import");
  const format = await getFormatter();
  const params = await searchParams;
  const requested = runId(params.run);
  const active = await activeSiteImport(user);
  // The run asked for in the address; otherwise the one under way, if any.
  const shown = requested === null ? active : await getSiteImport(user, requested);
  const recent = await listSiteImports(user, 10);
  const refused = refusalCode(params.refused);
  const showUpload = !shown || shown.status === "done" || shown.status === "failed";

  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} className="mb-6" />
      <RefusalNotice code={refused} t={t} className="mb-6 max-w-3xl" />

      {shown && <RunSection run={shown} anotherRunning={active !== null && active.id !== shown.id} />}

      {showUpload && (
        <section aria-labelledby="upload-heading" className="mt-8">
          <h2 id="upload-heading" className="mb-4 text-xl font-semibold">
            {shown ? t("upload.headingAnother") : t("upload.heading")}
          </h2>
          <ImportUploadForm
            maxBytes={maxImportBytes}
            languages={locales.map((code) => ({ code, name: localeNames[code] }))}
          />
        </section>
      )}

      <section aria-labelledby="history-heading" className="mt-12">
        <h2 id="history-heading" className="mb-3 text-xl font-semibold">
          {t("history.heading")}
        </h2>
        {recent.length === 0 ? (
          <p className="text-sm text-ink-muted">{t("history.empty")}</p>
        ) : (
          <DataTable
            caption={t("history.heading")}
            rows={recent}
            rowKey={(run) => run.id}
            columns={[
              {
                header: t("history.when"),
                cell: (run) => (
                  <time dateTime={run.createdAt.toISOString()}>
                    {format.dateTime(run.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                  </time>
                ),
                className: "whitespace-nowrap",
              },
              { header: t("history.who"), cell: (run) => run.createdBy?.name ?? t("history.nobody") },
              {
                header: t("history.file"),
                rowHeader: true,
                cell: (run) => (
                  <Link
                    prefetch={false}
                    href={`/admin/import?run=${run.id}`}
                    className="break-all text-link hover:underline"
                  >
                    {run.fileName}
                  </Link>
                ),
              },
              { header: t("history.status"), cell: (run) => t(`history.statuses.${run.status}`) },
              {
                header: t("history.counts"),
                cell: (run) =>
                  run.summary && !run.summary.dryRun
                    ? t("history.countsValue", {
                        created: run.summary.stories.created,
                        updated: run.summary.stories.updated,
                        skipped: run.summary.stories.skipped.length,
                      })
                    : "—",
              },
            ]}
          />
        )}
      </section>
    </>
  );
}

async function RunSection({ run, anotherRunning }: { run: SiteImportRun; anotherRunning: boolean }) {
  const t = await getTranslations("import");
  const file = run.fileName;

  if (run.status === "checked" && run.summary) {
    const count = run.summary.stories.created + run.summary.stories.updated;
    return (
      <section aria-labelledby="run-heading" className="mt-8">
        <h2 id="run-heading" className="text-xl font-semibold break-words">
          {t("check.heading", { file })}
        </h2>
        <p className="mt-1 mb-4 text-sm text-ink-muted">{t("check.intro")}</p>
        <ImportSummary summary={run.summary} />
        <div className="mt-8 flex flex-wrap items-center gap-4">
          {count === 0 ? (
            <Notice tone="info">{t("check.nothing")}</Notice>
          ) : anotherRunning ? (
            <Notice tone="warning">{t("check.busy")}</Notice>
          ) : (
            <form action={startImportAction}>
              <input type="hidden" name="id" value={run.id} />
              <Button type="submit" variant="primary">
                {t("check.start", { count })}
              </Button>
            </form>
          )}
          <Link prefetch={false} href="/admin/import" className={buttonClass("secondary")}>
            {t("check.another")}
          </Link>
        </div>
        {count > 0 && !anotherRunning && <p className="mt-2 text-sm text-ink-muted">{t("check.startHint")}</p>}
      </section>
    );
  }

  if (run.status === "queued" || run.status === "running") {
    return (
      <section aria-labelledby="run-heading" className="mt-8 max-w-3xl">
        <h2 id="run-heading" className="mb-3 text-xl font-semibold break-words">
          {t("progress.heading", { file })}
        </h2>
        <ImportProgress
          id={run.id}
          initial={{ status: run.status, done: run.progress.done, total: run.progress.total }}
        />
        <p className="mt-3 text-sm text-ink-muted">{t("progress.hint")}</p>
      </section>
    );
  }

  if (run.status === "done" && run.summary) {
    return (
      <section aria-labelledby="run-heading" className="mt-8">
        <h2 id="run-heading" className="mb-4 text-xl font-semibold break-words">
          {t("done.heading", { file })}
        </h2>
        <ImportSummary summary={run.summary} />
        <div className="mt-8 flex flex-wrap gap-4">
          {run.summary.redirects.length > 0 && (
            <a href={`/admin/import/${run.id}/redirects`} download className={buttonClass("primary")}>
              {t("done.csv")}
            </a>
          )}
          <Link prefetch={false} href="/admin/articles" className={buttonClass("secondary")}>
            {t("done.articles")}
          </Link>
        </div>
        {run.summary.redirects.length > 0 && <p className="mt-2 text-sm text-ink-muted">{t("done.csvHint")}</p>}
      </section>
    );
  }

  // Failed (or a row without its summary, which only a broken run leaves).
  const reason =
    run.error === interruptedError
      ? t("failed.interrupted")
      : run.error === fileMissingError
        ? t("failed.fileMissing")
        : t("failed.error", { message: run.error ?? "" });
  return (
    <section aria-labelledby="run-heading" className="mt-8 max-w-3xl">
      <h2 id="run-heading" className="mb-3 text-xl font-semibold break-words">
        {t("failed.heading", { file })}
      </h2>
      <Notice tone="error" className="break-words whitespace-pre-line">
        {reason}
      </Notice>
      <p className="mt-3 text-sm">{t("failed.retry")}</p>
    </section>
  );
}
