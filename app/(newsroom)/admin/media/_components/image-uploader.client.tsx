"use client";
/**
 * Upload island of the media library: a file picker and a drop zone, several files at once,
 * each sent on its own request so it gets its own progress bar and its own result. With
 * `replaceId` it puts one file behind an existing image instead.
 */
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, type DragEvent } from "react";
import { useTranslations } from "next-intl";
import { acceptedImageTypes, sendImageFile, uploadErrorKey, type UploadAnswer } from "./upload-request";

type UploadItem = {
  key: string;
  name: string;
  status: "waiting" | "sending" | "processing" | "done" | "refused";
  percent: number;
  error?: string;
  id?: number;
};

export function ImageUploader({ maxBytes, replaceId }: { maxBytes: number; replaceId?: number }) {
  const t = useTranslations("media");
  const router = useRouter();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [items, setItems] = useState<UploadItem[]>([]);
  const [dragging, setDragging] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const mb = Math.round((maxBytes / 1024 / 1024) * 10) / 10;
  const url = replaceId ? `/admin/media/upload?replace=${replaceId}` : "/admin/media/upload";

  const update = (key: string, change: Partial<UploadItem>) =>
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item)));

  async function uploadAll(files: File[]) {
    if (!files.length) return;
    const batch = (replaceId ? files.slice(0, 1) : files).map((file, index) => ({
      file,
      item: {
        key: `${Date.now()}-${index}-${file.name}`,
        name: file.name,
        status: "waiting",
        percent: 0,
      } as UploadItem,
    }));
    setItems(batch.map((b) => b.item));
    setAnnouncement("");
    let done = 0;
    let refused = 0;
    // Two at a time: each still reports its own progress, and the server is not flooded.
    const queue = [...batch];
    async function worker() {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const { file, item } = next;
        let answer: UploadAnswer;
        if (file.size > maxBytes) answer = { ok: false, error: "tooLarge" };
        else {
          update(item.key, { status: "sending" });
          answer = await sendImageFile(
            file,
            url,
            (percent) => update(item.key, { percent }),
            () => update(item.key, { status: "processing", percent: 100 }),
          );
        }
        if (answer.ok) {
          done += 1;
          update(item.key, { status: "done", percent: 100, id: answer.id });
        } else {
          refused += 1;
          update(item.key, { status: "refused", error: uploadErrorKey(answer.error) });
        }
      }
    }
    await Promise.all([worker(), worker()]);
    setAnnouncement(replaceId && done ? t("edit.replaced") : t("upload.summary", { done, refused }));
    if (input.current) input.current.value = "";
    if (done) router.refresh();
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    void uploadAll([...event.dataTransfer.files]);
  }

  return (
    <div>
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid={replaceId ? "replace-drop-zone" : "upload-drop-zone"}
        className={`rounded-sm border-2 border-dashed px-4 py-6 text-center text-sm ${
          dragging ? "border-accent bg-paper-raised" : "border-rule"
        }`}
      >
        <p>
          {replaceId ? null : <span>{t("upload.dropHere")} </span>}
          <label className="inline-block cursor-pointer rounded-sm bg-ink px-4 py-2 font-semibold text-paper focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-accent hover:opacity-90">
            {replaceId ? t("edit.replaceChoose") : t("upload.choose")}
            <input
              ref={input}
              type="file"
              accept={acceptedImageTypes}
              multiple={!replaceId}
              aria-describedby={hintId}
              className="sr-only"
              onChange={(event) => void uploadAll([...(event.currentTarget.files ?? [])])}
            />
          </label>
        </p>
        <p id={hintId} className="mt-2 text-ink-muted">
          {t(replaceId ? "upload.hintOne" : "upload.hint", { mb })}
        </p>
      </div>

      {items.length > 0 && (
        <ul aria-label={t("upload.listLabel")} className="mt-4 grid gap-3 text-sm">
          {items.map((item) => (
            <li key={item.key} className="rounded-sm border border-rule bg-paper-raised px-3 py-2">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <span className="font-medium break-all">{item.name}</span>
                <span
                  className={item.status === "refused" ? "font-medium text-accent" : "text-ink-muted"}
                  data-testid="upload-result"
                >
                  {item.status === "waiting" && t("upload.waiting")}
                  {item.status === "sending" && t("upload.sending", { percent: item.percent })}
                  {item.status === "processing" && t("upload.processing")}
                  {item.status === "done" && (replaceId ? t("edit.replaced") : t("upload.done"))}
                  {item.status === "refused" && t(`upload.errors.${item.error ?? "server"}`, { mb })}
                </span>
              </div>
              {item.status !== "refused" && (
                <progress
                  className="mt-2 h-2 w-full accent-ink"
                  max={100}
                  value={item.percent}
                  aria-label={t("upload.progress", { name: item.name })}
                />
              )}
              {item.status === "done" && item.id !== undefined && !replaceId && (
                <Link prefetch={false} href={`/admin/media/${item.id}`} className="text-link hover:underline">
                  {t("upload.addAlt", { name: item.name })}
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="mt-3 text-sm font-medium">
        {announcement}
      </p>
    </div>
  );
}
