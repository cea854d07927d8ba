"use client";
/** The own-profile form: name, job title and biography per language, portrait from the library. */
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { saveProfileAction } from "../actions";
import type { ProfileFormState, ProfileFormValues } from "../form-state";

export type PhotoOption = { id: number; label: string; src: string };

export function ProfileForm({
  initial,
  languages,
  photos,
}: {
  initial: ProfileFormValues;
  languages: { code: string; name: string }[];
  photos: PhotoOption[];
}) {
  const t = useTranslations("accounts");
  const [state, action, pending] = useActionState<ProfileFormState, FormData>(saveProfileAction, {
    status: "idle",
    values: initial,
    errors: {},
  });
  const { values, errors } = state;
  const error = (field: string) => (errors[field] ? t(`errors.${errors[field]}`) : undefined);
  const id = (field: string) => `profile-${field.replace(".", "-")}`;
  const photo = photos.find((p) => String(p.id) === values.photoMediaId);

  return (
    <form key={JSON.stringify(values)} action={action} className="mt-4 grid max-w-2xl gap-5 text-sm">
      {state.status === "saved" && <Notice tone="success">{t("profile.saved")}</Notice>}
      {errors.form && <Notice tone="error">{t(`errors.${errors.form}`)}</Notice>}
      <TextField
        id={id("name")}
        name="name"
        label={t("profile.name")}
        required
        maxLength={120}
        defaultValue={values.name}
        error={error("name")}
      />
      {languages.map((language) => (
        <fieldset key={language.code} className="grid gap-3 rounded-sm border border-rule p-4">
          <legend className="px-1 font-semibold">{language.name}</legend>
          <TextField
            id={id(`jobTitle.${language.code}`)}
            name={`jobTitle.${language.code}`}
            label={t("profile.jobTitle", { language: language.name })}
            maxLength={120}
            defaultValue={values.jobTitle[language.code] ?? ""}
            error={error(`jobTitle.${language.code}`)}
          />
          <TextAreaField
            id={id(`bio.${language.code}`)}
            name={`bio.${language.code}`}
            label={t("profile.bio", { language: language.name })}
            rows={4}
            maxLength={2000}
            defaultValue={values.bio[language.code] ?? ""}
            error={error(`bio.${language.code}`)}
          />
        </fieldset>
      ))}
      <div className="flex flex-wrap items-end gap-4">
        {photo && (
          // eslint-disable-next-line @next/next/no-img-element -- a small preview of a library image
          <img src={photo.src} alt="" width={64} height={64} className="h-16 w-16 rounded-sm object-cover" />
        )}
        <SelectField
          id={id("photoMediaId")}
          name="photoMediaId"
          label={t("profile.photo")}
          fieldClassName="min-w-0 flex-1"
          defaultValue={values.photoMediaId}
          error={error("photoMediaId")}
          options={photos.map((p) => ({ value: p.id, label: p.label }))}
        >
          <option value="">{t("profile.noPhoto")}</option>
        </SelectField>
      </div>
      <div>
        <Button type="submit" variant="primary" disabled={pending}>
          {t("profile.submit")}
        </Button>
      </div>
    </form>
  );
}
