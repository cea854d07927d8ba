import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { AuthorLink } from "@/db/queries/types";
import { paths } from "@/lib/paths";

export async function Byline({ authors, locale }: { authors: AuthorLink[]; locale: string }) {
  if (authors.length === 0) return null;
  const t = await getTranslations("article");
  return (
    <p className="font-medium">
      {t("by")}{" "}
      {authors.map((author, index) => (
        <span key={author.id}>
          {index > 0 && (index === authors.length - 1 ? ` ${t("and")} ` : ", ")}
          <Link href={paths.author(locale, author.slug)} rel="author" className="text-link hover:underline">
            {author.name}
          </Link>
        </span>
      ))}
    </p>
  );
}
