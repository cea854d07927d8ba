"use client";
/** The details of one library image: alt text per language, caption and credit. */
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormNotice } from "@/components/ui/form-notice";
import { saveImageDetailsAction } from "../actions";
import type { ImageDetailsField, ImageDetailsState, ImageDetailsValues } from "../form-state";

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
  const field = (name: ImageDetailsField, label: string, multiline = false) => {
    const props = {
      name,
      label,
      defaultValue: state.values[name],
      readOnly,
      error: state.errors[name] && t(`edit.${state.errors[name]}`),
    };
    return multiline ? <TextAreaField rows={2} {...props} /> : <TextField {...props} />;
  };
  const message = (key: string) => t(`edit.${key}`);

  return (
    <form
      action={action}
      className="grid gap-4 text-sm"
      key={state.status === "saved" ? JSON.stringify(state.values) : "form"}
    >
      <input type="hidden" name="id" value={id} />
      <fieldset className="grid gap-4">
        <legend className="mb-1 text-base font-semibold">{t("edit.altHeading")}</legend>
        <p className="-mt-2 text-ink-muted">{t("edit.altHelp")}</p>
        {field("altEs", t("edit.alt", { language: t("languages.es") }), true)}
        {field("altEn", t("edit.alt", { language: t("languages.en") }), true)}
      </fieldset>
      {field("caption", t("edit.caption"), true)}
      {field("credit", t("edit.credit"))}
      <FormNotice state={state} success={message} failure={message} />
      {!readOnly && (
        <div>
          <Button type="submit" variant="primary" disabled={pending}>
            {t("edit.save")}
          </Button>
        </div>
      )}
    </form>
  );
}
