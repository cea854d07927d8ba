"use client";
/** The details of one library image: alt text per language, caption and credit. */
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { saveImageDetailsAction } from "../actions";
import type { ImageDetailsField, ImageDetailsState, ImageDetailsValues } from "../form-state";

const inputClass = "w-full rounded-sm border border-rule bg-paper-raised px-3 py-2 font-normal";

export function ImageDetailsForm({
  id,
  initial,
  readOnly,
}: {
  id: number;
  initial: ImageDetailsValues;
  readOnly: boolean;
}) {
  const t = useTranslations("media");
  const [state, action, pending] = useActionState<ImageDetailsState, FormData>(saveImageDetailsAction, {
    status: "idle",
    values: initial,
    errors: {},
    message: null,
  });
  const v = state.values;

  const field = (name: ImageDetailsField, label: string, multiline = false) => {
    const errorId = `${name}-error`;
    const invalid = state.errors[name] !== undefined;
    const common = {
      name,
      defaultValue: v[name],
      readOnly,
      "aria-invalid": invalid || undefined,
      "aria-describedby": invalid ? errorId : undefined,
      className: inputClass,
    };
    return (
      <label className="flex flex-col gap-1 font-medium">
        {label}
        {multiline ? <textarea rows={2} {...common} /> : <input {...common} />}
        {invalid && (
          <span id={errorId} className="text-sm text-accent">
            {t(`edit.${state.errors[name]}`)}
          </span>
        )}
      </label>
    );
  };

  return (
    <form action={action} className="grid gap-4 text-sm" key={state.status === "saved" ? JSON.stringify(v) : "form"}>
      <input type="hidden" name="id" value={id} />
      <fieldset className="grid gap-4">
        <legend className="mb-1 text-base font-semibold">{t("edit.altHeading")}</legend>
        <p className="-mt-2 text-ink-muted">{t("edit.altHelp")}</p>
        {field("altEs", t("edit.alt", { language: t("languages.es") }), true)}
        {field("altEn", t("edit.alt", { language: t("languages.en") }), true)}
      </fieldset>
      {field("caption", t("edit.caption"), true)}
      {field("credit", t("edit.credit"))}
      {state.message && (
        <p
          role={state.status === "error" ? "alert" : "status"}
          className={
            state.status === "error"
              ? "rounded-sm border border-accent px-4 py-3 font-medium text-accent"
              : "rounded-sm border border-emerald-700 px-4 py-3 font-medium"
          }
        >
          {t(`edit.${state.message}`)}
        </p>
      )}
      {!readOnly && (
        <div>
          <button
            type="submit"
            disabled={pending}
            className="rounded-sm bg-ink px-5 py-2 font-semibold text-paper hover:opacity-90 disabled:opacity-60"
          >
            {t("edit.save")}
          </button>
        </div>
      )}
    </form>
  );
}
