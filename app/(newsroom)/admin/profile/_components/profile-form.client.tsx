"use client";
/** The own-profile form: name, job title and biography per language, portrait from the library. */
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import type { PickerImage } from "@/db/queries/media/picker";
import { MediaPickerField } from "../../media/_components/picker/media-picker-field.client";
import { Notice } from "@/components/ui/notice";
import { saveProfileAction } from "../actions";
import type { ProfileFormState, ProfileFormValues } from "../form-state";

export function ProfileForm({
  initial,
  languages,
  photo,
}: {
  initial: ProfileFormValues;
  languages: { code: string; name: string }[];
  /** The stored portrait, for the picker to show. */
  photo: PickerImage | null;
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
      <MediaPickerField
        name="photoMediaId"
        purpose="photo"
        label={t("profile.photo")}
        value={values.photoMediaId}
        image={photo}
        error={error("photoMediaId")}
      />
      <div>
        <Button type="submit" variant="primary" disabled={pending}>
          {t("profile.submit")}
        </Button>
      </div>
    </form>
  );
}
