"use client";
/**
 * The site settings form. Works without JavaScript; a refused save keeps what was typed and
 * names the problem next to each field.
 */
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { saveSettingsAction } from "../actions";
import type { SettingsFormState } from "../form-state";
import type { SettingsFormValues } from "@/lib/validation/settings-form";

const inputClass =
  "w-full rounded-sm border border-rule bg-paper-raised px-3 py-2 text-base aria-[invalid=true]:border-accent";

type TextField = Exclude<keyof SettingsFormValues, "commentsEnabled" | "announcementEnabled">;

export function SettingsForm({
  initial,
  languages,
  logos,
}: {
  initial: SettingsFormState;
  languages: { code: string; name: string }[];
  logos: { id: number; label: string }[];
}) {
  const t = useTranslations("settings");
  const [state, action, pending] = useActionState(saveSettingsAction, initial);
  const { values, errors } = state;
  // Remount fields when the server answers, so each shows the value that came back.
  const round = JSON.stringify(values);

  const described = (name: string, hint?: boolean) => {
    const ids = [errors[name] ? `${name}-error` : null, hint ? `${name}-hint` : null].filter(Boolean).join(" ");
    return { "aria-invalid": errors[name] ? true : undefined, "aria-describedby": ids || undefined };
  };
  const errorOf = (name: string) =>
    errors[name] ? (
      <p id={`${name}-error`} className="mt-1 text-sm font-medium text-accent">
        {t(`errors.${errors[name]}`)}
      </p>
    ) : null;
  const text = (name: TextField, label: string, hint?: string, lang?: string) => (
    <div>
      <label htmlFor={name} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      <input
        id={name}
        name={name}
        lang={lang}
        defaultValue={values[name]}
        className={inputClass}
        {...described(name, Boolean(hint))}
      />
      {hint && (
        <p id={`${name}-hint`} className="mt-1 text-xs text-ink-muted">
          {hint}
        </p>
      )}
      {errorOf(name)}
    </div>
  );

  return (
    <form key={round} action={action} className="grid max-w-3xl gap-8" noValidate>
      {state.message && (
        <p
          role={state.status === "error" ? "alert" : "status"}
          className={`rounded-sm border px-4 py-3 text-sm font-medium ${state.status === "error" ? "border-accent text-accent" : "border-emerald-700 text-emerald-800 dark:text-emerald-300"}`}
        >
          {state.status === "error" ? t(`errors.${state.message}`) : t(`messages.${state.message}`)}
        </p>
      )}

      <fieldset className="grid gap-4 rounded-sm border border-rule p-4">
        <legend className="px-1 font-semibold">{t("identity.title")}</legend>
        {languages.map((l) =>
          text(`siteName.${l.code}` as TextField, t("identity.siteName", { language: l.name }), undefined, l.code),
        )}
        {text("publicUrl", t("identity.publicUrl"), t("identity.publicUrlHint"))}
        <div>
          <label htmlFor="logoMediaId" className="mb-1 block text-sm font-medium">
            {t("identity.logo")}
          </label>
          <select
            id="logoMediaId"
            name="logoMediaId"
            defaultValue={values.logoMediaId}
            className={inputClass}
            {...described("logoMediaId", true)}
          >
            <option value="">{t("identity.logoBuiltIn")}</option>
            {logos.map((logo) => (
              <option key={logo.id} value={logo.id}>
                {logo.label}
              </option>
            ))}
          </select>
          <p id="logoMediaId-hint" className="mt-1 text-xs text-ink-muted">
            {t("identity.logoHint")}
          </p>
          {errorOf("logoMediaId")}
        </div>
      </fieldset>

      <fieldset className="grid gap-4 rounded-sm border border-rule p-4">
        <legend className="px-1 font-semibold">{t("reading.title")}</legend>
        <div>
          <label htmlFor="defaultLocale" className="mb-1 block text-sm font-medium">
            {t("reading.defaultLocale")}
          </label>
          <select
            id="defaultLocale"
            name="defaultLocale"
            defaultValue={values.defaultLocale}
            className={inputClass}
            {...described("defaultLocale", true)}
          >
            {languages.map((l) => (
              <option key={l.code} value={l.code}>
                {l.name}
              </option>
            ))}
          </select>
          <p id="defaultLocale-hint" className="mt-1 text-xs text-ink-muted">
            {t("reading.defaultLocaleHint")}
          </p>
          {errorOf("defaultLocale")}
        </div>
        <label className="flex items-start gap-2 text-sm font-medium">
          <input type="checkbox" name="commentsEnabled" defaultChecked={values.commentsEnabled} className="mt-1" />
          <span>
            {t("reading.comments")}
            <span className="block text-xs font-normal text-ink-muted">{t("reading.commentsHint")}</span>
          </span>
        </label>
      </fieldset>

      <fieldset className="grid gap-4 rounded-sm border border-rule p-4">
        <legend className="px-1 font-semibold">{t("announcement.title")}</legend>
        <p className="text-sm text-ink-muted">{t("announcement.intro")}</p>
        <label className="flex items-center gap-2 text-sm font-medium">
          <input type="checkbox" name="announcementEnabled" defaultChecked={values.announcementEnabled} />
          {t("announcement.enabled")}
        </label>
        {languages.map((l) =>
          text(`announcement.${l.code}` as TextField, t("announcement.text", { language: l.name }), undefined, l.code),
        )}
        {text("announcementLink", t("announcement.link"), t("announcement.linkHint"))}
      </fieldset>

      <div>
        <button
          type="submit"
          disabled={pending}
          className="rounded-sm bg-ink px-5 py-2 font-semibold text-paper hover:opacity-90 disabled:opacity-60"
        >
          {t("save")}
        </button>
      </div>
    </form>
  );
}
