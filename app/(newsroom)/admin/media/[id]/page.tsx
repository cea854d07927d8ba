import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/auth-session";
import { ImageDetailsForm } from "../_components/image-details-form.client";
import { ImageUploader } from "../_components/image-uploader.client";
import { StatusBadge } from "@/components/newsroom/status-badge";
import { getLibraryImage } from "@/db/queries/media/library";
import { isInUse } from "@/db/queries/media/usage";
import { maxUploadBytes } from "@/server/media/image-upload";
import { deleteImageAction } from "../actions";
import { Notice } from "@/components/ui/notice";
import { Button, buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("media");
  return { title: t("edit.title") };
}

export default async function EditImagePage({ params, searchParams }: PageProps<"/admin/media/[id]">) {
  const user = await requireStaffPage("media.upload");
  const t = await getTranslations("media");
  const tAdmin = await getTranslations("admin");
  const format = await getFormatter();
  const { id: rawId } = await params;
  if (!/^[1-9]\d{0,9}$/.test(rawId)) notFound();
  const image = await getLibraryImage(user, Number(rawId));
  if (!image) notFound();
  const query = await searchParams;
  const error =
    query.error === "inUse" || query.error === "forbidden" || query.error === "notFound" ? query.error : null;
  const name = image.originalName || image.storageKey.split("/").pop() || `#${image.id}`;
  const inUse = isInUse(image.usage);

  const usageList = (
    <ul className="mt-2 grid gap-1 text-sm">
      {image.usage.articles.map((article) => (
        <li key={article.id} className="flex flex-wrap items-center gap-2">
          <Link prefetch={false} href={`/admin/articles/${article.id}`} className="text-link hover:underline">
            {article.title}
          </Link>
          <span className="text-ink-muted">
            ({article.locale.toUpperCase()} ·{" "}
            {[article.asLead && t("usage.lead"), article.inBody && t("usage.inline")].filter(Boolean).join(", ")})
          </span>
          <StatusBadge status={article.status} label={tAdmin(`status.${article.status}`)} />
        </li>
      ))}
      {image.usage.authors.map((author) => (
        <li key={`author-${author.id}`}>{t("usage.author", { name: author.name })}</li>
      ))}
      {image.usage.siteLogo && <li>{t("usage.logo")}</li>}
    </ul>
  );

  return (
    <>
      <PageHeader
        title={<span className="break-all">{name}</span>}
        back={{ href: "/admin/media", label: `← ${t("edit.back")}` }}
      />

      {error && (
        <Notice tone="error" as="div" className="mt-6">
          <p>{error === "inUse" ? t("delete.inUse") : t(`edit.${error}`)}</p>
          {error === "inUse" && inUse && usageList}
        </Notice>
      )}

      <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <div>
          <Image
            src={image.src}
            alt={image.alt.es || image.alt.en || ""}
            width={image.width}
            height={image.height}
            sizes="(min-width: 1024px) 560px, 100vw"
            className="h-auto w-full rounded-sm border border-rule bg-rule"
          />
          <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-ink-muted">{t("edit.originalName")}</dt>
            <dd className="break-all">{name}</dd>
            <dt className="text-ink-muted">{t("edit.file")}</dt>
            <dd>
              {image.mimeType} · {t("grid.dimensions", { width: image.width, height: image.height })}
            </dd>
            <dt className="text-ink-muted">{t("edit.size")}</dt>
            <dd>{format.number(image.byteSize / 1024, { maximumFractionDigits: 0 })} KB</dd>
            {image.uploadedByName && (
              <>
                <dt className="text-ink-muted">{t("edit.uploadedBy")}</dt>
                <dd>
                  {image.uploadedByName} ·{" "}
                  {format.dateTime(image.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </dd>
              </>
            )}
          </dl>
        </div>

        <div>
          <h2 className="mb-3 text-xl font-semibold">{t("edit.details")}</h2>
          {!image.canManage && <p className="mb-3 text-sm text-ink-muted">{t("edit.readOnly")}</p>}
          <ImageDetailsForm
            id={image.id}
            readOnly={!image.canManage}
            initial={{
              altEs: image.alt.es ?? "",
              altEn: image.alt.en ?? "",
              caption: image.caption,
              credit: image.credit,
            }}
          />
        </div>
      </div>

      <section aria-labelledby="usage-heading" className="mt-10">
        <h2 id="usage-heading" className="text-xl font-semibold">
          {t("usage.heading")}
        </h2>
        {inUse ? usageList : <p className="mt-2 text-sm text-ink-muted">{t("usage.none")}</p>}
      </section>

      {image.canManage && (
        <>
          <section aria-labelledby="replace-heading" className="mt-10 max-w-xl">
            <h2 id="replace-heading" className="text-xl font-semibold">
              {t("edit.replaceHeading")}
            </h2>
            <p className="mt-1 mb-3 text-sm text-ink-muted">{t("edit.replaceHelp")}</p>
            <ImageUploader maxBytes={maxUploadBytes()} replaceId={image.id} />
          </section>

          <section aria-labelledby="delete-heading" className="mt-10 max-w-xl">
            <h2 id="delete-heading" className="text-xl font-semibold">
              {t("delete.heading")}
            </h2>
            <p className="mt-1 mb-3 text-sm text-ink-muted">{t("delete.help")}</p>
            <details className="text-sm">
              <summary className={`cursor-pointer ${buttonClass("danger")}`}>{t("delete.button")}</summary>
              <form action={deleteImageAction} className="mt-3">
                <input type="hidden" name="id" value={image.id} />
                <Button type="submit" variant="danger">
                  {t("delete.confirm", { name })}
                </Button>
              </form>
            </details>
          </section>
        </>
      )}
    </>
  );
}
