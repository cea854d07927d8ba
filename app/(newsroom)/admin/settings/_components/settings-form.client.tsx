"use client";
/**
 * The site settings form. Works without JavaScript; a refused save keeps what was typed and
 * names the problem next to each field.
 */
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { CheckboxField, SelectField, TextField } from "@/components/ui/field";
import type { PickerImage } from "@/db/queries/media/picker";
import { MediaPickerField } from "../../media/_components/picker/media-picker-field.client";
import { FormNotice } from "@/components/ui/form-notice";
import type { SettingsFormValues } from "@/lib/validation/settings-form";
import { saveSettingsAction } from "../actions";
import type { SettingsFormState } from "../form-state";

type TextName = Exclude<keyof SettingsFormValues, "commentsEnabled" | "closedCommentsVisible" | "announcementEnabled">;
type Language = { code: string; name: string };

const groupClass = "grid gap-4 rounded-sm border border-rule p-4";

export function SettingsForm({
  initial,
  languages,
  logo,
}: {
  initial: SettingsFormState;
  languages: Language[];
  /** The stored logo, for the picker to show. */
  logo: PickerImage | null;
}) {
  const t = useTranslations("settings");
  const [state, action, pending] = useActionState(saveSettingsAction, initial);
  const { values, errors } = state;
  const error = (name: string) => (errors[name] ? t(`errors.${errors[name]}`) : undefined);
  const text = (name: TextName, label: string, hint?: string, lang?: string) => (
    <TextField
      key={name}
      name={name}
      label={label}
      hint={hint}
      lang={lang}
      defaultValue={values[name]}
      error={error(name)}
    />
  );
  const perLanguage = (prefix: "siteName" | "announcement", label: (language: string) => string) =>
    languages.map((l) => text(`${prefix}.${l.code}` as TextName, label(l.name), undefined, l.code));
  const languageOptions = languages.map((l) => ({ value: l.code, label: l.name }));

  return (
    // Remount fields when the server answers, so each shows the value that came back.
    <form key={JSON.stringify(values)} action={action} className="grid max-w-3xl gap-8" noValidate>
      <FormNotice state={state} success={(key) => t(`messages.${key}`)} failure={(key) => t(`errors.${key}`)} />

      <fieldset className={groupClass}>
        <legend className="px-1 font-semibold">{t("identity.title")}</legend>
        {perLanguage("siteName", (language) => t("identity.siteName", { language }))}
        {text("publicUrl", t("identity.publicUrl"), t("identity.publicUrlHint"))}
        <MediaPickerField
          name="logoMediaId"
          purpose="logo"
          label={t("identity.logo")}
          hint={t("identity.logoHint")}
          value={values.logoMediaId}
          image={logo}
          error={error("logoMediaId")}
        />
      </fieldset>

      <fieldset className={groupClass}>
        <legend className="px-1 font-semibold">{t("reading.title")}</legend>
        <SelectField
          name="defaultLocale"
          label={t("reading.defaultLocale")}
          hint={t("reading.defaultLocaleHint")}
          defaultValue={values.defaultLocale}
          error={error("defaultLocale")}
          options={languageOptions}
        />
        <CheckboxField
          name="commentsEnabled"
          label={t("reading.comments")}
          hint={t("reading.commentsHint")}
          defaultChecked={values.commentsEnabled}
        />
        <CheckboxField
          name="closedCommentsVisible"
          label={t("reading.closedCommentsVisible")}
          hint={t("reading.closedCommentsVisibleHint")}
          defaultChecked={values.closedCommentsVisible}
        />
      </fieldset>

      <fieldset className={groupClass}>
        <legend className="px-1 font-semibold">{t("announcement.title")}</legend>
        <p className="text-sm text-ink-muted">{t("announcement.intro")}</p>
        <CheckboxField
          name="announcementEnabled"
          label={t("announcement.enabled")}
          defaultChecked={values.announcementEnabled}
        />
        {perLanguage("announcement", (language) => t("announcement.text", { language }))}
        {text("announcementLink", t("announcement.link"), t("announcement.linkHint"))}
      </fieldset>

      <div>
        <Button type="submit" variant="primary" disabled={pending}>
          {t("save")}
        </Button>
      </div>
    </form>
  );
}
