"use client";
/**
 * The newsroom's language for the signed-in person: Spanish, English or the browser's. Once
 * saved, the whole route is drawn again (router.refresh), layouts included, so the menu and the
 * document's language change with the page. Without JavaScript the answer is a new document.
 */
import { useActionState, useEffect } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { localeNames, locales, type Locale } from "@/lib/locales";
import { setNewsroomLanguageAction } from "../actions";
import type { LanguageFormState } from "../form-state";

export function LanguageForm({
  chosen,
  browser,
}: {
  /** The stored choice; null follows the browser. */
  chosen: Locale | null;
  /** What the browser asks for now, named in the "as my browser says" option. */
  browser: Locale;
}) {
  const router = useRouter();
  const t = useTranslations("accounts");
  const [state, action, pending] = useActionState<LanguageFormState, FormData>(setNewsroomLanguageAction, {
    status: "idle",
  });
  useEffect(() => {
    if (state.status === "saved") router.refresh();
  }, [state, router]);

  const options: { value: string; label: string; lang?: Locale }[] = [
    ...locales.map((code) => ({ value: code, label: localeNames[code], lang: code })),
    { value: "browser", label: t("language.browser", { language: localeNames[browser] }) },
  ];
  return (
    <section aria-labelledby="language-heading" className="mt-12">
      <h2 id="language-heading" className="text-xl font-semibold">
        {t("language.title")}
      </h2>
      <p className="mt-1 max-w-prose text-sm text-ink-muted">{t("language.intro")}</p>
      {state.status === "saved" && (
        <Notice tone="success" className="mt-4 max-w-xl">
          {t("language.saved")}
        </Notice>
      )}
      {state.error && (
        <Notice tone="error" className="mt-4 max-w-xl">
          {t.has(`errors.${state.error}`) ? t(`errors.${state.error}`) : t("errors.invalid")}
        </Notice>
      )}
      <form action={action} className="mt-4 max-w-xl text-sm">
        <fieldset>
          <legend className="mb-2 text-sm font-semibold">{t("language.legend")}</legend>
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
        <Button type="submit" variant="primary" disabled={pending} className="mt-4">
          {t("language.submit")}
        </Button>
      </form>
    </section>
  );
}
