"use client";
/** The article body: the rich-text editor with its hint and error, wired like any other field. */
import { useState } from "react";
import { useTranslations } from "next-intl";
import { FieldError, FieldHint } from "@/components/ui/field";
import { countWords, minutesForWords } from "@/lib/reading-time";
import { RichTextEditor, textOfHtml } from "../editor/rich-text-editor.client";

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
  // Counted while typing, at the reader site's pace, so the minutes match what readers will see.
  const [words, setWords] = useState(() => countWords(textOfHtml(defaultValue)));
  return (
    <div>
      <RichTextEditor
        id="body"
        name="body"
        defaultValue={defaultValue}
        label={te("body")}
        sourceLabel={t("body")}
        describedBy={error ? "body-words body-hint body-error" : "body-words body-hint"}
        invalid={Boolean(error)}
        disabled={disabled}
        articleLocale={articleLocale}
        onChange={onChange}
        onWordsChange={setWords}
      />
      <p id="body-words" className="mt-1 text-xs text-ink-muted">
        {words === 0 ? te("noWords") : te("wordCount", { words, minutes: minutesForWords(words) })}
      </p>
      <FieldHint id="body-hint">{te("bodyHelp")}</FieldHint>
      <FieldError id="body-error">{error}</FieldError>
    </div>
  );
}
