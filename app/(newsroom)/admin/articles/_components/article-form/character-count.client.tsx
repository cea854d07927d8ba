"use client";
/**
 * A text field with a live character count against a soft limit (search engines cut titles
 * and descriptions around it). The count is a description of the field, read after its hint.
 */
import { useState, type ChangeEvent } from "react";
import { useTranslations } from "next-intl";
import { TextAreaField, TextField, type FieldFrame } from "@/components/ui/field";

export function CountedField({
  limit,
  rows,
  ...field
}: FieldFrame & {
  limit: number;
  defaultValue: string;
  maxLength: number;
  /** A text area of this many rows; a one-line box without. */
  rows?: number;
}) {
  const t = useTranslations("editor.fields");
  const [length, setLength] = useState(field.defaultValue.length);
  const countId = `${field.id ?? field.name}-count`;
  const counted = {
    ...field,
    describedBy: countId,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setLength(event.target.value.length),
    after: (
      <p id={countId} className={`mt-1 text-xs ${length > limit ? "font-semibold text-accent" : "text-ink-muted"}`}>
        {t("characters", { count: length })} / {limit}
      </p>
    ),
  };
  return rows ? <TextAreaField rows={rows} {...counted} /> : <TextField {...counted} />;
}
