"use client";
/** The article body: the rich-text editor with its hint and error, wired like any other field. */
import { useTranslations } from "next-intl";
import { FieldError, FieldHint } from "@/components/ui/field";
import { RichTextEditor } from "../editor/rich-text-editor.client";

export function BodyField({
  defaultValue,
  error,
  disabled,
  articleLocale,
  onChange,
}: {
  defaultValue: string;
  error?: string;
  disabled: boolean;
  articleLocale: string;
  onChange: () => void;
}) {
  const t = useTranslations("admin.form");
  const te = useTranslations("editor.fields");
  return (
    <div>
      <RichTextEditor
        id="body"
        name="body"
        defaultValue={defaultValue}
        label={te("body")}
        sourceLabel={t("body")}
        describedBy={error ? "body-hint body-error" : "body-hint"}
        invalid={Boolean(error)}
        disabled={disabled}
        articleLocale={articleLocale}
        onChange={onChange}
      />
      <FieldHint id="body-hint">{te("bodyHelp")}</FieldHint>
      <FieldError id="body-error">{error}</FieldError>
    </div>
  );
}
