import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/auth-session";
import { listRedirects } from "@/db/queries/site/redirects";
import { localeNames, locales } from "@/lib/locales";
import { paths } from "@/lib/paths";
import { addRedirectAction, removeRedirectAction } from "./actions";

export const metadata: Metadata = { title: "Redirects" };

const inputClass = "rounded-sm border border-rule bg-paper-raised px-3 py-2";

export default async function RedirectsPage({ searchParams }: PageProps<"/admin/redirects">) {
  const user = await requireStaffPage("redirect.manage");
  const t = await getTranslations("admin");
  const rows = await listRedirects(user);
  const query = await searchParams;
  const done = query.done === "added" || query.done === "removed" ? query.done : null;
  const error = typeof query.error === "string" && /^[a-zA-Z]+$/.test(query.error) ? query.error : null;

  return (
    <>
      <h1 className="font-serif text-3xl font-bold">{t("redirects.title")}</h1>
      <p className="mt-2 text-sm text-ink-muted">{t("redirects.intro")}</p>
      {done && (
        <p role="status" className="mt-6 rounded-sm border border-emerald-700 px-4 py-3 text-sm font-medium">
          {t(`redirects.${done}`)}
        </p>
      )}
      {error && (
        <p role="alert" className="mt-6 rounded-sm border border-accent px-4 py-3 text-sm font-medium text-accent">
          {t.has(`errors.${error}`) ? t(`errors.${error}`) : t("errors.invalid")}
        </p>
      )}

      {rows.length === 0 ? (
        <p className="mt-6 text-ink-muted">{t("redirects.none")}</p>
      ) : (
        <table className="mt-6 w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">
                {t("redirects.from")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("redirects.to")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("redirects.kind")}
              </th>
              <th scope="col" className="py-2">
                {t("redirects.actions")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const from = paths.article(row.locale, row.fromSlug);
              return (
                <tr key={row.id} className="border-b border-rule align-top">
                  <td className="py-3 pr-4 font-mono break-all">{from}</td>
                  <td className="py-3 pr-4">
                    {row.toArticleId !== null ? (
                      <Link
                        prefetch={false}
                        href={`/admin/articles/${row.toArticleId}`}
                        className="text-link hover:underline"
                      >
                        {t("redirects.article", { id: row.toArticleId, title: row.toArticleTitle ?? "" })}
                      </Link>
                    ) : (
                      <span className="font-mono break-all">{row.toPath}</span>
                    )}
                  </td>
                  <td className="py-3 pr-4">{t(row.permanent ? "redirects.permanentYes" : "redirects.permanentNo")}</td>
                  <td className="py-3">
                    <form action={removeRedirectAction}>
                      <input type="hidden" name="id" value={row.id} />
                      <button
                        type="submit"
                        className="rounded-sm border border-accent px-3 py-1 font-medium text-accent"
                        aria-label={t("redirects.remove", { from })}
                      >
                        ×
                      </button>
                    </form>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}

      <h2 className="mt-10 mb-3 text-xl font-semibold">{t("redirects.add")}</h2>
      <form action={addRedirectAction} className="grid max-w-xl gap-4 text-sm">
        <label className="flex flex-col gap-1 font-medium">
          {t("redirects.language")}
          <select name="locale" className={inputClass}>
            {locales.map((l) => (
              <option key={l} value={l}>
                {localeNames[l]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 font-medium">
          {t("redirects.fromSlug")}
          <input name="fromSlug" required className={`${inputClass} font-mono`} />
        </label>
        <label className="flex flex-col gap-1 font-medium">
          {t("redirects.toArticle")}
          <input name="toArticleId" inputMode="numeric" className={inputClass} />
        </label>
        <label className="flex flex-col gap-1 font-medium">
          {t("redirects.toPath")}
          <input name="toPath" className={`${inputClass} font-mono`} />
        </label>
        <label className="flex items-center gap-2 font-medium">
          <input type="checkbox" name="permanent" defaultChecked /> {t("redirects.permanent")}
        </label>
        <div>
          <button type="submit" className="rounded-sm bg-ink px-5 py-2 font-semibold text-paper hover:opacity-90">
            {t("redirects.submit")}
          </button>
        </div>
      </form>
    </>
  );
}
