"use client";
import { useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/**
 * A link shown once, to pass on by hand (there is no mail server): a read-only field that can be
 * selected without JavaScript, and a copy button where the clipboard is available.
 */
export function OneTimeLink({ url, expiresAt, label }: { url: string; expiresAt: string; label: string }) {
  const t = useTranslations("accounts.link");
  const format = useFormatter();
  const [copied, setCopied] = useState(false);
  return (
    <div role="status" className="mt-4 rounded-sm border border-emerald-700 bg-paper-raised p-4 text-sm">
      <p className="font-semibold">{t("created")}</p>
      <p className="mt-1 text-ink-muted">
        {t("onlyOnce", {
          when: format.dateTime(new Date(expiresAt), { dateStyle: "medium", timeStyle: "short" }),
        })}
      </p>
      <div className="mt-3 flex flex-col gap-2 sm:flex-row">
        <label className="flex min-w-0 flex-1 flex-col gap-1 font-medium">
          {label}
          <input
            readOnly
            value={url}
            onFocus={(event) => event.currentTarget.select()}
            className="w-full rounded-sm border border-rule bg-paper px-3 py-2 font-mono text-xs"
          />
        </label>
        <Button
          onClick={async () => {
            await navigator.clipboard.writeText(url);
            setCopied(true);
          }}
          className="self-start sm:self-end"
        >
          {copied ? t("copied") : t("copy")}
        </Button>
      </div>
    </div>
  );
}
