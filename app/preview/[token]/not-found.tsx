import { getTranslations } from "next-intl/server";

/** Any link that no longer shows its article: expired, revoked, mistyped or made up. */
export default async function PreviewLinkInvalid() {
  const t = await getTranslations("workflow.preview");
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-24 text-center sm:px-6">
      <p className="font-serif text-4xl font-bold">Heraldo</p>
      <h1 className="mt-8 font-serif text-3xl font-bold">{t("invalidTitle")}</h1>
      <p className="mt-3 text-lg text-ink-muted">{t("invalidBody")}</p>
    </main>
  );
}
