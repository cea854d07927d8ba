/**
 * The newsroom's language for the signed-in person: Spanish, English or the browser's. A plain
 * form (works without JavaScript); the answer is a redirect, so every screen changes at once.
 */
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { localeNames, locales, type Locale } from "@/lib/locales";
import { setNewsroomLanguageAction } from "../actions";

export async function LanguageForm({
  chosen,
  browser,
  saved,
}: {
  /** The stored choice; null follows the browser. */
  chosen: Locale | null;
  /** What the browser asks for now, named in the "as my browser says" option. */
  browser: Locale;
  saved: boolean;
}) {
  const t = await getTranslations("accounts.language");
  const options: { value: string; label: string; lang?: Locale }[] = [
    ...locales.map((code) => ({ value: code, label: localeNames[code], lang: code })),
    { value: "browser", label: t("browser", { language: localeNames[browser] }) },
  ];
  return (
    <section aria-labelledby="language-heading" className="mt-12">
      <h2 id="language-heading" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 max-w-prose text-sm text-ink-muted">{t("intro")}</p>
      {saved && (
        <Notice tone="success" className="mt-4 max-w-xl">
          {t("saved")}
        </Notice>
      )}
      <form action={setNewsroomLanguageAction} className="mt-4 max-w-xl">
        <fieldset>
          <legend className="mb-2 text-sm font-semibold">{t("legend")}</legend>
          <div className="grid gap-2">
            {options.map((option) => (
              <label key={option.value} className="flex items-center gap-3 text-sm">
                <input
                  type="radio"
                  name="language"
                  value={option.value}
                  defaultChecked={(chosen ?? "browser") === option.value}
                  className="size-4 shrink-0"
                />
                <span lang={option.lang}>{option.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <Button type="submit" variant="primary" className="mt-4">
          {t("submit")}
        </Button>
      </form>
    </section>
  );
}
