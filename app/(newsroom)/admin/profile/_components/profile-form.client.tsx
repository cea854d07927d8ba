"use client";
/** The own-profile form: name, job title and biography per language, portrait from the library. */
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { saveProfileAction } from "../actions";
import type { ProfileFormState, ProfileFormValues } from "../form-state";

const inputClass = "rounded-sm border border-rule bg-paper-raised px-3 py-2 text-base";

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
  const errorId = (field: string) => `profile-${field.replace(".", "-")}-error`;
  const error = (field: string) =>
    errors[field] ? (
      <p id={errorId(field)} className="text-sm font-medium text-accent">
        {t(`errors.${errors[field]}`)}
      </p>
    ) : null;
  const invalid = (field: string) =>
    errors[field] ? { "aria-invalid": true as const, "aria-describedby": errorId(field) } : {};
  const photo = photos.find((p) => String(p.id) === values.photoMediaId);

  return (
    <form key={JSON.stringify(values)} action={action} className="mt-4 grid max-w-2xl gap-5 text-sm">
      {state.status === "saved" && (
        <p role="status" className="rounded-sm border border-emerald-700 px-4 py-3 font-medium">
          {t("profile.saved")}
        </p>
      )}
      {errors.form && (
        <p role="alert" className="rounded-sm border border-accent px-4 py-3 font-medium text-accent">
          {t(`errors.${errors.form}`)}
        </p>
      )}
      <label className="flex flex-col gap-1 font-medium">
        {t("profile.name")}
        <input
          name="name"
          required
          maxLength={120}
          defaultValue={values.name}
          className={inputClass}
          {...invalid("name")}
        />
        {error("name")}
      </label>
      {languages.map((language) => (
        <fieldset key={language.code} className="grid gap-3 rounded-sm border border-rule p-4">
          <legend className="px-1 font-semibold">{language.name}</legend>
          <label className="flex flex-col gap-1 font-medium">
            {t("profile.jobTitle", { language: language.name })}
            <input
              name={`jobTitle.${language.code}`}
              maxLength={120}
              defaultValue={values.jobTitle[language.code] ?? ""}
              className={inputClass}
              {...invalid(`jobTitle.${language.code}`)}
            />
            {error(`jobTitle.${language.code}`)}
          </label>
          <label className="flex flex-col gap-1 font-medium">
            {t("profile.bio", { language: language.name })}
            <textarea
              name={`bio.${language.code}`}
              rows={4}
              maxLength={2000}
              defaultValue={values.bio[language.code] ?? ""}
              className={inputClass}
              {...invalid(`bio.${language.code}`)}
            />
            {error(`bio.${language.code}`)}
          </label>
        </fieldset>
      ))}
      <div className="flex flex-wrap items-end gap-4">
        {photo && (
          // eslint-disable-next-line @next/next/no-img-element -- a small preview of a library image
          <img src={photo.src} alt="" width={64} height={64} className="h-16 w-16 rounded-sm object-cover" />
        )}
        <label className="flex min-w-0 flex-1 flex-col gap-1 font-medium">
          {t("profile.photo")}
          <select
            name="photoMediaId"
            defaultValue={values.photoMediaId}
            className={inputClass}
            {...invalid("photoMediaId")}
          >
            <option value="">{t("profile.noPhoto")}</option>
            {photos.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
          {error("photoMediaId")}
        </label>
      </div>
      <div>
        <button
          type="submit"
          disabled={pending}
          className="rounded-sm bg-ink px-5 py-2 font-semibold text-paper hover:opacity-90 disabled:opacity-60"
        >
          {t("profile.submit")}
        </button>
      </div>
    </form>
  );
}
