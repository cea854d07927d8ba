"use client";
/**
 * Headline, language and address. The slug follows the headline until someone edits it,
 * unless the article already has its own or has been out of draft (its address may be known).
 */
import { useState } from "react";
import { useTranslations } from "next-intl";
import { SelectField, TextField } from "@/components/ui/field";
import type { ArticleStatus } from "@/lib/roles";
import { normalizeSlug, slugify } from "@/lib/slug";
import type { ArticleFormValues } from "@/lib/validation/article-form";
import type { ArticleFormOptions } from "../../form-state";
import type { FieldErrorText } from "./sections";

export function HeadlineFields({
  values,
  error,
  locales,
  articleStatus,
  onLocaleChange,
}: {
  values: ArticleFormValues;
  error: FieldErrorText;
  locales: ArticleFormOptions["locales"];
  articleStatus?: ArticleStatus;
  onLocaleChange: (locale: string) => void;
}) {
  const t = useTranslations("admin.form");
  const te = useTranslations("editor.fields");
  const [slug, setSlug] = useState(values.slug);
  // A save answers with the slug as stored (put in slug form): show that one.
  const [answered, setAnswered] = useState(values.slug);
  if (answered !== values.slug) {
    setAnswered(values.slug);
    setSlug(values.slug);
  }
  const [slugUntouched, setSlugUntouched] = useState(values.slug === "" || values.slug === slugify(values.title));
  const slugFollows = slugUntouched && (articleStatus === undefined || articleStatus === "draft");

  return (
    <>
      <div className="grid gap-6 sm:grid-cols-[1fr_12rem]">
        <TextField
          name="title"
          label={t("title")}
          defaultValue={values.title}
          maxLength={200}
          required
          className="font-serif text-xl"
          error={error("title")}
          onChange={(event) => {
            if (slugFollows) setSlug(slugify(event.target.value));
          }}
        />
        <SelectField
          name="locale"
          label={t("language")}
          defaultValue={values.locale}
          onChange={(event) => onLocaleChange(event.target.value)}
          error={error("locale")}
          options={locales.map((l) => ({ value: l.code, label: l.name }))}
        />
      </div>
      <TextField
        name="slug"
        label={t("slug")}
        value={slug}
        onChange={(event) => {
          setSlug(event.target.value);
          setSlugUntouched(false);
        }}
        // Capitals, spaces and accents are put right as the server will, so what is shown is
        // the address the article gets.
        onBlur={(event) => setSlug(normalizeSlug(event.target.value))}
        className="font-mono text-sm"
        hint={slugFollows ? `${t("slugHelp")} ${te("slugAuto")}` : t("slugHelp")}
        error={error("slug")}
      />
    </>
  );
}
