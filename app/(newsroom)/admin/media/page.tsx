import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/auth-session";
import { ImageUploader } from "./_components/image-uploader.client";
import { listLibraryImages } from "@/db/queries/media/library";
import { locales } from "@/lib/locales";
import { maxUploadBytes } from "@/server/media/image-upload";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("media");
  return { title: t("title") };
}

function pageNumber(raw: string | string[] | undefined): number {
  return typeof raw === "string" && /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : 1;
}

export default async function MediaLibraryPage({ searchParams }: PageProps<"/admin/media">) {
  const user = await requireStaffPage("media.upload");
  const t = await getTranslations("media");
  const params = await searchParams;
  const query = typeof params.q === "string" ? params.q.trim().slice(0, 200) : "";
  const library = await listLibraryImages(user, { query, page: pageNumber(params.page) });
  const pageHref = (page: number) => {
    const search = new URLSearchParams();
    if (query) search.set("q", query);
    if (page > 1) search.set("page", String(page));
    const text = search.toString();
    return text ? `/admin/media?${text}` : "/admin/media";
  };

  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      {params.done === "deleted" && (
        <Notice tone="success" className="mt-6">
          {t("delete.deleted")}
        </Notice>
      )}

      <section aria-labelledby="upload-heading" className="mt-8">
        <h2 id="upload-heading" className="mb-3 text-xl font-semibold">
          {t("upload.heading")}
        </h2>
        <ImageUploader maxBytes={maxUploadBytes()} />
      </section>

      <section aria-labelledby="library-heading" className="mt-10">
        <h2 id="library-heading" className="sr-only">
          {t("grid.label")}
        </h2>
        <form method="get" role="search" className="flex flex-wrap items-end gap-3 text-sm">
          <TextField
            type="search"
            name="q"
            label={t("search.label")}
            fieldClassName="min-w-0 flex-1 sm:max-w-md"
            defaultValue={query}
            maxLength={200}
            placeholder={t("search.placeholder")}
          />
          <Button type="submit">{t("search.submit")}</Button>
          {query && (
            <Link prefetch={false} href="/admin/media" className="px-2 py-2 text-link hover:underline">
              {t("search.clear")}
            </Link>
          )}
        </form>
        <p className="mt-4 text-sm text-ink-muted" role="status">
          {query ? t("search.results", { total: library.total, query }) : t("search.count", { total: library.total })}
        </p>

        {library.items.length > 0 && (
          <ul aria-label={t("grid.label")} className="mt-4 grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4">
            {library.items.map((image) => {
              const name = image.originalName || image.storageKey.split("/").pop() || `#${image.id}`;
              const missing = locales.filter((l) => !image.alt[l]?.trim());
              return (
                <li
                  key={image.id}
                  className="flex flex-col overflow-hidden rounded-sm border border-rule bg-paper-raised"
                >
                  <Image
                    src={image.src}
                    alt=""
                    width={image.width}
                    height={image.height}
                    sizes="(min-width: 1024px) 240px, (min-width: 640px) 33vw, 50vw"
                    className="aspect-[4/3] w-full bg-rule object-cover"
                  />
                  <div className="flex flex-1 flex-col gap-1 p-2 text-sm">
                    <Link
                      prefetch={false}
                      href={`/admin/media/${image.id}`}
                      aria-label={t("grid.edit", { name })}
                      className="font-medium break-all text-link hover:underline"
                    >
                      {name}
                    </Link>
                    {image.alt.es || image.alt.en ? (
                      <span className="line-clamp-2 text-ink-muted">{image.alt.es || image.alt.en}</span>
                    ) : null}
                    <span className="text-xs text-ink-muted">
                      {t("grid.dimensions", { width: image.width, height: image.height })}
                    </span>
                    {missing.length > 0 && (
                      <span className="text-xs font-medium text-accent">
                        {t("grid.missingAlt", { languages: missing.map((l) => t(`languages.${l}`)).join(", ") })}
                      </span>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
        )}

        {library.pageCount > 1 && (
          <nav aria-label={t("pages.label")} className="mt-6 flex flex-wrap items-center gap-4 text-sm">
            {library.page > 1 && (
              <Link prefetch={false} href={pageHref(library.page - 1)} rel="prev" className="text-link hover:underline">
                ← {t("pages.previous")}
              </Link>
            )}
            <span>{t("pages.status", { page: library.page, pageCount: library.pageCount })}</span>
            {library.page < library.pageCount && (
              <Link prefetch={false} href={pageHref(library.page + 1)} rel="next" className="text-link hover:underline">
                {t("pages.next")} →
              </Link>
            )}
          </nav>
        )}
      </section>
    </>
  );
}
