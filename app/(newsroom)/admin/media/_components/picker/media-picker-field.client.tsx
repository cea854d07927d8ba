"use client";
/**
 * A form field that names one library image: the article's lead image, the site logo, a staff
 * member's portrait. It shows the chosen image (thumbnail, file name, alt text) and posts its
 * media id in a hidden input named `name`, as a select would; "Choose" opens the picker in a
 * dialog (search, pages, upload), where a click, or a finished upload, chooses and closes.
 * Without JavaScript the stored choice is still posted, so a save keeps it.
 */
import Image from "next/image";
import Link from "next/link";
import { useId, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FieldError, FieldHint } from "@/components/ui/field";
import { ModalDialog } from "@/components/ui/modal-dialog.client";
import type { PickerImage } from "@/db/queries/media/picker";
import { ImageBrowser } from "./image-browser.client";

/** Which field this is: names the dialog and the empty choice. */
export type PickerPurpose = "lead" | "logo" | "photo";

/**
 * Images chosen or uploaded in this browser tab, by id: a form that remounts after its server
 * answers (with the id it sent) still shows the image's name and thumbnail without asking
 * again. Written only from event handlers, so never on the server.
 */
const seenImages = new Map<number, PickerImage>();

export function MediaPickerField({
  name,
  purpose,
  label,
  hint,
  error,
  value: sentValue,
  image,
  onChange,
}: {
  name: string;
  purpose: PickerPurpose;
  label: ReactNode;
  hint?: ReactNode;
  /** The error message, already in the reader's language. */
  error?: ReactNode;
  /** The media id as the form holds it ("" for none): the stored one, or the one last sent. */
  value: string;
  /** The stored image, loaded with the page (null when none or gone). */
  image: PickerImage | null;
  /** After the user chooses, uploads or removes (forms that count unsaved changes). */
  onChange?: (value: string) => void;
}) {
  const t = useTranslations("media.picker");
  const id = useId();
  const [value, setValue] = useState(sentValue);
  const [open, setOpen] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  // The form answered with other values (a save, a refused save): show what it holds now.
  const [seenValue, setSeenValue] = useState(sentValue);
  if (seenValue !== sentValue) {
    setSeenValue(sentValue);
    setValue(sentValue);
  }

  const chosenId = /^\d+$/.test(value) ? Number(value) : null;
  const chosen = chosenId === null ? null : (seenImages.get(chosenId) ?? (image?.id === chosenId ? image : null));

  const choose = (next: PickerImage | null, message: string) => {
    if (next) seenImages.set(next.id, next);
    const nextValue = next ? String(next.id) : "";
    setValue(nextValue);
    setOpen(false);
    setAnnouncement(message);
    if (nextValue !== value) onChange?.(nextValue);
  };

  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");

  return (
    <fieldset aria-describedby={describedBy || undefined} className="min-w-0" data-picker={name}>
      <legend className="mb-1 text-sm font-semibold">{label}</legend>
      <input type="hidden" name={name} value={value} />
      <div
        className={`flex items-center gap-3 rounded-sm border p-2 ${error ? "border-accent" : "border-rule"}`}
        data-testid="picker-choice"
      >
        {chosen ? (
          <Image
            src={chosen.src}
            alt=""
            width={chosen.width}
            height={chosen.height}
            sizes="96px"
            className="aspect-[4/3] w-20 shrink-0 rounded-sm bg-rule object-cover sm:w-24"
          />
        ) : (
          <span
            aria-hidden
            className="aspect-[4/3] w-20 shrink-0 rounded-sm border border-dashed border-rule sm:w-24"
          />
        )}
        <div className="min-w-0 text-sm">
          {chosen ? (
            <>
              <p className="font-medium break-all">{chosen.name}</p>
              {chosen.alt ? (
                <p className="line-clamp-2 text-ink-muted">{chosen.alt}</p>
              ) : (
                <p className="text-ink-muted">
                  {t("noAlt")}{" "}
                  <Link
                    prefetch={false}
                    href={`/admin/media/${chosen.id}`}
                    target="_blank"
                    className="text-link underline"
                  >
                    {t("addAlt")}
                  </Link>
                </p>
              )}
            </>
          ) : (
            <p className={chosenId === null ? "text-ink-muted" : "font-medium"}>
              {chosenId === null ? t(`empty.${purpose}`) : t("unknown", { id: chosenId })}
            </p>
          )}
        </div>
      </div>
      <div className="mt-2 flex flex-wrap gap-2">
        <Button size="sm" onClick={() => setOpen(true)} aria-haspopup="dialog">
          {chosenId === null ? t("choose") : t("change")}
        </Button>
        {chosenId !== null && (
          <Button size="sm" variant="link" className="px-1" onClick={() => choose(null, t("removed"))}>
            {t("remove")}
          </Button>
        )}
      </div>
      {hint && <FieldHint id={`${id}-hint`}>{hint}</FieldHint>}
      <FieldError id={`${id}-error`}>{error}</FieldError>
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {open && (
        <ModalDialog title={t(`titles.${purpose}`)} onClose={() => setOpen(false)} wide>
          <ImageBrowser
            idPrefix={`${id}-picker`}
            selectedId={chosenId}
            onChoose={(next, how) =>
              choose(next, t(how === "uploaded" ? "uploadedChosen" : "chosen", { name: next.name }))
            }
          />
          {/* Always in reach, also at the foot of a long page of images on a phone. */}
          <div className="sticky bottom-0 -mb-4 border-t border-rule bg-paper py-3 sm:-mb-5">
            <Button size="sm" onClick={() => setOpen(false)}>
              {t("cancel")}
            </Button>
          </div>
        </ModalDialog>
      )}
    </fieldset>
  );
}
