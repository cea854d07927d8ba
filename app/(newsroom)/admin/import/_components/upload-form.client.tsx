"use client";
/**
 * The importer's first step: the export file and its options. The options are checked on the
 * server first, then the file travels with a progress bar, and the server's dry run follows;
 * on success the page opens the checked file's summary. A refusal keeps everything typed and
 * chosen, and says what to fix next to the field it concerns.
 */
import { useRouter } from "next/navigation";
import { useId, useRef, useState, type FormEvent } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { controlClass, FieldError, FieldHint, SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import {
  acceptedImportFiles,
  checkImportOptions,
  sendImportFile,
  type ImportOptionsSent,
  type UploadOutcome,
} from "./upload-request";

type Phase = { kind: "idle" } | { kind: "sending"; percent: number; name: string } | { kind: "checking"; name: string };

type Problems = {
  /** Per field, already in the reader's language. */
  fields: Partial<Record<keyof ImportOptionsSent | "file", string>>;
  /** The file-level error (the reader's message), or a general failure. */
  alert?: string;
};

const formats = ["auto", "wordpress", "ghost", "rss", "atom"] as const;

export function ImportUploadForm({
  maxBytes,
  languages,
}: {
  maxBytes: number;
  languages: { code: string; name: string }[];
}) {
  const t = useTranslations("import.upload");
  const router = useRouter();
  const fileId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [values, setValues] = useState<ImportOptionsSent>({ format: "auto", language: "", siteUrl: "", mediaDir: "" });
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [problems, setProblems] = useState<Problems>({ fields: {} });
  const formatter = useFormatter();
  // The limit in the largest whole unit: "1 GB", "500 MB".
  const size =
    maxBytes >= 1024 ** 3
      ? `${formatter.number(Math.round((maxBytes / 1024 ** 3) * 10) / 10)} GB`
      : `${formatter.number(Math.round(maxBytes / 1024 ** 2))} MB`;
  const busy = phase.kind !== "idle";

  const set = (name: keyof ImportOptionsSent) => (value: string) => setValues((v) => ({ ...v, [name]: value }));

  function refusal(outcome: Exclude<UploadOutcome, { ok: true }>): Problems {
    if (outcome.error === "invalid") {
      const fields = Object.fromEntries(
        Object.entries(outcome.fields).map(([name, key]) => [name, t(`errors.${key}`)]),
      );
      return { fields, alert: t("errors.summary") };
    }
    if (outcome.error === "importFile")
      return { fields: {}, alert: t("errors.importFile", { message: outcome.message }) };
    if (outcome.error === "empty" || outcome.error === "tooLarge")
      return { fields: { file: t(`errors.${outcome.error}`, { size }) }, alert: t("errors.summary") };
    return { fields: {}, alert: t(`errors.${outcome.error}`) };
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const file = fileInput.current?.files?.[0];
    const fileProblem = !file ? "noFile" : file.size === 0 ? "empty" : file.size > maxBytes ? "tooLarge" : null;
    if (fileProblem || !file) {
      setProblems({ fields: { file: t(`errors.${fileProblem ?? "noFile"}`, { size }) }, alert: t("errors.summary") });
      fileInput.current?.focus();
      return;
    }
    setProblems({ fields: {} });
    setPhase({ kind: "sending", percent: 0, name: file.name });
    const checked = await checkImportOptions(values);
    if (!checked.ok) {
      setPhase({ kind: "idle" });
      setProblems(refusal(checked));
      return;
    }
    const outcome = await sendImportFile(
      file,
      values,
      (percent) => setPhase({ kind: "sending", percent, name: file.name }),
      () => setPhase({ kind: "checking", name: file.name }),
    );
    if (outcome.ok && outcome.id) {
      router.push(`/admin/import?run=${outcome.id}`);
      return;
    }
    setPhase({ kind: "idle" });
    setProblems(outcome.ok ? { fields: {}, alert: t("errors.server") } : refusal(outcome));
  }

  const fileError = problems.fields.file;
  const fileDescribedBy = [`${fileId}-hint`, fileError ? `${fileId}-error` : null].filter(Boolean).join(" ");

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="grid max-w-3xl gap-5" aria-busy={busy}>
      {problems.alert && (
        <Notice tone="error" className="whitespace-pre-line" as="p">
          {problems.alert}
        </Notice>
      )}
      <div>
        <label htmlFor={fileId} className="mb-1 block text-sm font-semibold">
          {t("file")}
        </label>
        <input
          ref={fileInput}
          id={fileId}
          name="file"
          type="file"
          accept={acceptedImportFiles}
          disabled={busy}
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileDescribedBy}
          className={`block w-full text-sm file:mr-3 file:rounded-sm file:border file:border-rule file:bg-paper-raised file:px-3 file:py-2 file:font-medium ${controlClass}`}
          onChange={() => setProblems((p) => ({ ...p, fields: { ...p.fields, file: undefined } }))}
        />
        <FieldHint id={`${fileId}-hint`}>{t("fileHint", { size })}</FieldHint>
        <FieldError id={`${fileId}-error`}>{fileError}</FieldError>
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField
          name="format"
          label={t("format")}
          value={values.format}
          onChange={(event) => set("format")(event.currentTarget.value)}
          disabled={busy}
          error={problems.fields.format}
          options={formats.map((format) => ({ value: format, label: t(`formats.${format}`) }))}
        />
        <SelectField
          name="language"
          label={t("language")}
          value={values.language}
          onChange={(event) => set("language")(event.currentTarget.value)}
          disabled={busy}
          error={problems.fields.language}
          options={[
            { value: "", label: t("languageAuto") },
            ...languages.map((l) => ({ value: l.code, label: l.name })),
          ]}
        />
      </div>
      <TextField
        name="siteUrl"
        type="url"
        inputMode="url"
        autoComplete="off"
        label={t("siteUrl")}
        hint={t("siteUrlHint")}
        value={values.siteUrl}
        onChange={(event) => set("siteUrl")(event.currentTarget.value)}
        disabled={busy}
        error={problems.fields.siteUrl}
        placeholder="https://"
      />
      <TextField
        name="mediaDir"
        autoComplete="off"
        spellCheck={false}
        label={t("mediaDir")}
        hint={t("mediaDirHint")}
        value={values.mediaDir}
        onChange={(event) => set("mediaDir")(event.currentTarget.value)}
        disabled={busy}
        error={problems.fields.mediaDir}
        className="font-mono text-sm"
      />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" variant="primary" disabled={busy}>
          {t("submit")}
        </Button>
        <p role="status" className="min-w-0 flex-1 text-sm text-ink-muted">
          {phase.kind === "sending" && t("sending", { percent: phase.percent })}
          {phase.kind === "checking" && t("checking")}
        </p>
      </div>
      {phase.kind !== "idle" && (
        <progress
          className="h-2 w-full accent-ink"
          max={100}
          value={phase.kind === "sending" ? phase.percent : undefined}
          aria-label={t("progress", { name: phase.name })}
        />
      )}
    </form>
  );
}
