"use client";
/**
 * The image picker's body: search the library on the server (file name, alt text, caption,
 * credit), page through the answers a dozen at a time, and upload a new image through the
 * library's own upload route. Never more than one page of the library is in the page. Holds no
 * <form> of its own, so it can sit inside a dialog's form (the editor's image dialog).
 */
import Image from "next/image";
import { useEffect, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { PickerImage } from "@/db/queries/media/picker";
import { isLocale, defaultLocale } from "@/lib/locales";
import { searchMediaPickerAction, type MediaPickerResult } from "../../picker-actions";
import { acceptedImageTypes, sendImageFile, uploadErrorKey } from "../upload-request";

type UploadState =
  | { status: "idle" }
  | { status: "sending"; name: string; percent: number }
  | { status: "processing"; name: string }
  | { status: "refused"; name: string; error: string };

/** How long typing pauses before the search goes out. */
const typingPauseMs = 300;

export function ImageBrowser({
  idPrefix,
  selectedId,
  onChoose,
  altLocale,
}: {
  /** Makes the controls' ids unique on the page. */
  idPrefix: string;
  selectedId: number | null;
  /** A click on an image, or a new upload once the library has it. */
  onChoose: (image: PickerImage, how: "picked" | "uploaded") => void;
  /** The language of the alt texts shown and handed over (the article's); else the newsroom's. */
  altLocale?: string;
}) {
  const t = useTranslations("media.picker");
  const tu = useTranslations("media.upload");
  const uiLocale = useLocale();
  const locale = isLocale(altLocale) ? altLocale : isLocale(uiLocale) ? uiLocale : defaultLocale;
  const [draftQuery, setDraftQuery] = useState("");
  const [request, setRequest] = useState({ query: "", page: 1 });
  // The answer kept with the request it answers: while a newer one is out, the old stays shown.
  const [result, setResult] = useState<{ request: typeof request; answer: MediaPickerResult | "failed" } | null>(null);
  const [upload, setUpload] = useState<UploadState>({ status: "idle" });
  const fileInput = useRef<HTMLInputElement>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    let current = true;
    searchMediaPickerAction({ ...request, locale }).then(
      (answer) => current && setResult({ request, answer }),
      () => current && setResult({ request, answer: "failed" }),
    );
    return () => {
      current = false;
    };
  }, [request, locale]);

  // Typing searches by itself once the typist pauses; Enter and the button search at once.
  useEffect(() => {
    if (draftQuery.trim() === request.query.trim()) return;
    const timer = setTimeout(() => setRequest({ query: draftQuery, page: 1 }), typingPauseMs);
    return () => clearTimeout(timer);
  }, [draftQuery, request.query]);

  const loading = result?.request !== request;
  const search = () => setRequest({ query: draftQuery, page: 1 });
  const goTo = (page: number) => setRequest((r) => ({ ...r, page }));
  const answer = result && result.answer !== "failed" && result.answer.status === "ok" ? result.answer : null;
  const failed = result !== null && (result.answer === "failed" || result.answer.status === "refused");
  const shownQuery = result?.request.query.trim() ?? "";
  const images = answer?.images ?? null;
  const maxBytes = answer?.maxUploadBytes ?? null;
  const mb = maxBytes ? Math.round((maxBytes / 1024 / 1024) * 10) / 10 : null;

  async function uploadFile(file: File | undefined) {
    if (!file) return;
    if (fileInput.current) fileInput.current.value = "";
    if (maxBytes && file.size > maxBytes) return setUpload({ status: "refused", name: file.name, error: "tooLarge" });
    setUpload({ status: "sending", name: file.name, percent: 0 });
    const sent = await sendImageFile(
      file,
      "/admin/media/upload",
      (percent) => mounted.current && setUpload({ status: "sending", name: file.name, percent }),
      () => mounted.current && setUpload({ status: "processing", name: file.name }),
    );
    // Closed meanwhile: the image is in the library, but nothing is chosen behind the user's back.
    if (!mounted.current) return;
    if (!sent.ok) return setUpload({ status: "refused", name: file.name, error: uploadErrorKey(sent.error) });
    setUpload({ status: "idle" });
    setDraftQuery("");
    setRequest({ query: "", page: 1 });
    onChoose(
      {
        id: sent.id,
        src: sent.src,
        width: sent.width,
        height: sent.height,
        alt: "",
        caption: "",
        credit: "",
        name: sent.name,
      },
      "uploaded",
    );
  }

  const searchId = `${idPrefix}-search`;
  const uploadHintId = `${idPrefix}-upload-hint`;

  return (
    <div className="grid gap-4">
      <div>
        <label htmlFor={searchId} className="mb-1 block text-sm font-semibold">
          {t("search")}
        </label>
        <div className="flex gap-2">
          <input
            id={searchId}
            type="search"
            autoFocus
            autoComplete="off"
            value={draftQuery}
            aria-describedby={`${searchId}-hint`}
            onChange={(event) => setDraftQuery(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter") {
                event.preventDefault();
                search();
              }
            }}
            className={`min-w-0 grow ${controlClass}`}
          />
          <button type="button" onClick={search} className={`${buttonClass("secondary", "sm")} shrink-0`}>
            {t("searchButton")}
          </button>
        </div>
        <p id={`${searchId}-hint`} className="mt-1 text-xs text-ink-muted">
          {t("searchHint")}
        </p>
      </div>

      <div className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-sm border border-dashed border-rule p-3 text-sm">
        <label className="inline-block cursor-pointer rounded-sm bg-ink px-4 py-2 font-semibold text-paper focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-accent hover:opacity-90">
          {t("upload")}
          <input
            ref={fileInput}
            type="file"
            accept={acceptedImageTypes}
            aria-describedby={uploadHintId}
            disabled={upload.status === "sending" || upload.status === "processing"}
            className="sr-only"
            onChange={(event) => void uploadFile(event.currentTarget.files?.[0])}
          />
        </label>
        <p id={uploadHintId} className="min-w-0 basis-64 grow text-ink-muted">
          {mb === null ? t("uploadHintPlain") : tu("hintOne", { mb })} {t("uploadChooses")}
        </p>
        <p role="status" className="basis-full font-medium empty:hidden">
          {upload.status === "sending" && `${upload.name}: ${tu("sending", { percent: upload.percent })}`}
          {upload.status === "processing" && `${upload.name}: ${tu("processing")}`}
        </p>
        {upload.status === "refused" && (
          <Notice tone="error" inline className="block basis-full">
            {`${upload.name}: ${tu(`errors.${upload.error}`, { mb: mb ?? 0 })}`}
          </Notice>
        )}
      </div>

      <div aria-busy={loading} className="grid gap-3">
        {/* Only the count is announced, not every image of the new page. */}
        <p role="status" className="text-sm text-ink-muted">
          {result === null && t("loading")}
          {images &&
            (shownQuery
              ? t("results", { total: images.total, query: shownQuery })
              : t("count", { total: images.total }))}
        </p>
        {failed && (
          <Notice tone="error" inline>
            {t("loadError")}
          </Notice>
        )}
        {images && images.items.length > 0 && (
          <ul aria-label={t("listLabel")} className="grid grid-cols-2 gap-2 sm:grid-cols-3 md:grid-cols-4">
            {images.items.map((image) => (
              <li key={image.id}>
                <button
                  type="button"
                  aria-pressed={selectedId === image.id}
                  onClick={() => onChoose(image, "picked")}
                  className="block h-full w-full rounded-sm border-2 border-rule p-1 text-left text-xs hover:border-ink aria-pressed:border-accent aria-pressed:bg-paper-raised"
                >
                  <Image
                    src={image.src}
                    alt=""
                    width={image.width}
                    height={image.height}
                    sizes="160px"
                    className="aspect-[4/3] w-full rounded-sm bg-rule object-cover"
                  />
                  <span className="mt-1 block font-medium break-all">{image.name}</span>
                  <span className="block truncate text-ink-muted">{image.alt || t("noAlt")}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        {images && images.pageCount > 1 && (
          <nav aria-label={t("pages")} className="flex flex-wrap items-center gap-3 text-sm">
            <button
              type="button"
              disabled={images.page <= 1}
              onClick={() => goTo(images.page - 1)}
              className={buttonClass("secondary", "sm")}
            >
              {t("previous")}
            </button>
            <span>{t("pageOf", { page: images.page, count: images.pageCount })}</span>
            <button
              type="button"
              disabled={images.page >= images.pageCount}
              onClick={() => goTo(images.page + 1)}
              className={buttonClass("secondary", "sm")}
            >
              {t("next")}
            </button>
          </nav>
        )}
      </div>
    </div>
  );
}
