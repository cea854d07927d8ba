/**
 * The article form's plain sections: what the story is filed under, its lead image, source and
 * correction, search-engine texts and front-page flags. No state of their own.
 */
import { useTranslations } from "next-intl";
import { MediaPickerField } from "@/app/(newsroom)/admin/media/_components/picker/media-picker-field.client";
import { CheckboxField, CheckboxGroup, TextAreaField, TextField } from "@/components/ui/field";
import type { ArticleFormField, ArticleFormValues } from "@/lib/validation/article-form";
import { seoDescriptionMaxLength, seoTitleMaxLength } from "@/lib/validation/limits";
import type { ArticleFormOptions } from "../../form-state";
import { CountedField } from "./character-count.client";

/** A field's error in the reader's language, or nothing. */
export type FieldErrorText = (field: ArticleFormField) => string | undefined;

type Section = { values: ArticleFormValues; error: FieldErrorText };

const groupClass = "grid gap-4 rounded-sm border border-rule p-4";
const legendClass = "px-1 text-sm font-semibold";

export function FilingFields({ values, error, options }: Section & { options: ArticleFormOptions }) {
  const t = useTranslations("admin.form");
  const choices = (items: { id: number; name: string }[]) => items.map((i) => ({ value: i.id, label: i.name }));
  return (
    <div className="grid gap-6 sm:grid-cols-2">
      <CheckboxGroup
        name="topicIds"
        legend={t("topics")}
        options={choices(options.topics)}
        checked={values.topicIds}
        error={error("topicIds")}
      />
      <CheckboxGroup
        name="authorIds"
        legend={t("authors")}
        options={choices(options.authors)}
        checked={values.authorIds}
        error={error("authorIds")}
      />
    </div>
  );
}

export function LeadImageFields({
  values,
  error,
  image,
  onImageChange,
}: Section & { image: ArticleFormOptions["leadImage"]; onImageChange?: () => void }) {
  const t = useTranslations("admin.form");
  return (
    <div className="grid gap-6 sm:grid-cols-3">
      <MediaPickerField
        name="leadMediaId"
        purpose="lead"
        label={t("leadImage")}
        value={values.leadMediaId}
        image={image}
        error={error("leadMediaId")}
        onChange={onImageChange}
      />
      {(["leadImageCaption", "leadImageCredit"] as const).map((name) => (
        <TextField key={name} name={name} label={t(name)} defaultValue={values[name]} error={error(name)} />
      ))}
    </div>
  );
}

export function SourceFields({ values, error }: Section) {
  const t = useTranslations("admin.form");
  return (
    <>
      <div className="grid gap-6 sm:grid-cols-2">
        <TextField
          name="sourceName"
          label={t("sourceName")}
          defaultValue={values.sourceName}
          error={error("sourceName")}
        />
        <TextField
          name="sourceUrl"
          type="url"
          label={t("sourceUrl")}
          defaultValue={values.sourceUrl}
          error={error("sourceUrl")}
        />
      </div>
      <TextAreaField
        name="correction"
        label={t("correction")}
        rows={2}
        defaultValue={values.correction}
        error={error("correction")}
      />
    </>
  );
}

export function SeoFields({ values, error }: Section) {
  const t = useTranslations("editor.fields");
  return (
    <fieldset className={groupClass}>
      <legend className={legendClass}>{t("seoHeading")}</legend>
      <CountedField
        name="seoTitle"
        label={t("seoTitle")}
        defaultValue={values.seoTitle}
        maxLength={seoTitleMaxLength}
        limit={60}
        hint={t("seoTitleHelp")}
        error={error("seoTitle")}
      />
      <CountedField
        name="seoDescription"
        label={t("seoDescription")}
        rows={2}
        defaultValue={values.seoDescription}
        maxLength={seoDescriptionMaxLength}
        limit={160}
        hint={t("seoDescriptionHelp")}
        error={error("seoDescription")}
      />
    </fieldset>
  );
}

const flags = [
  { name: "featured", help: "featuredHelp" },
  { name: "breaking", help: "breakingHelp" },
  { name: "commentsEnabled", help: "commentsHelp" },
] as const;

export function FlagFields({ values }: Pick<Section, "values">) {
  const t = useTranslations("admin.form");
  const te = useTranslations("editor.fields");
  return (
    <fieldset className={`${groupClass} sm:grid-cols-3`}>
      <legend className={legendClass}>{te("flagsHeading")}</legend>
      {flags.map((flag) => (
        <CheckboxField
          key={flag.name}
          name={flag.name}
          label={t(flag.name)}
          hint={te(flag.help)}
          defaultChecked={values[flag.name]}
        />
      ))}
    </fieldset>
  );
}
