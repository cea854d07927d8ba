/**
 * Shown on an article after publishing was refused: which images lack alt text in the
 * article's language, each linking to its page in the media library.
 */
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { describeLibraryImages } from "@/db/queries/media/library";
import type { StaffUser } from "@/db/queries/types";
import { Notice } from "@/components/ui/notice";

export async function MissingAltTextNotice({
  user,
  imageIds,
  article,
}: {
  user: StaffUser;
  imageIds: number[];
  article: { locale: string; leadMediaId: number | null };
}) {
  const t = await getTranslations("media");
  const images = (await describeLibraryImages(user, imageIds)).filter((i) => !i.alt[article.locale]?.trim());
  const language = t.has(`languages.${article.locale}`) ? t(`languages.${article.locale}`) : article.locale;
  return (
    <Notice tone="error" as="div" className="mb-6">
      <p className="font-semibold">{t("missingAlt.heading")}</p>
      <ul className="mt-2 grid gap-1">
        {images.map((image) => (
          <li key={image.id}>
            {t("missingAlt.item", {
              name: image.name,
              place: t(image.id === article.leadMediaId ? "missingAlt.lead" : "missingAlt.body"),
              language,
            })}{" "}
            <Link prefetch={false} href={`/admin/media/${image.id}`} className="font-medium underline">
              {t("missingAlt.fix")}
            </Link>
          </li>
        ))}
      </ul>
    </Notice>
  );
}

/** The image ids of an "images=1-2-3" query value. */
export function imageIdsFromQuery(value: string | string[] | undefined): number[] {
  if (typeof value !== "string" || !/^\d{1,10}(-\d{1,10}){0,49}$/.test(value)) return [];
  return value.split("-").map(Number);
}
