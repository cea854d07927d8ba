"use client";
/**
 * A running import's progress bar. It asks the progress route every second (the run's row, so
 * any instance answers the same) and refreshes the page once the run has ended, when the page
 * shows the summary or the error instead.
 */
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import type { ImportProgressAnswer } from "../[id]/progress/route";

const pollEveryMs = 1000;

export function ImportProgress({ id, initial }: { id: number; initial: ImportProgressAnswer }) {
  const t = useTranslations("import.progress");
  const router = useRouter();
  const [progress, setProgress] = useState(initial);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    async function poll() {
      try {
        const response = await fetch(`/admin/import/${id}/progress`, { cache: "no-store" });
        if (response.ok) {
          const next = (await response.json()) as ImportProgressAnswer;
          if (stopped) return;
          setProgress(next);
          if (next.status !== "queued" && next.status !== "running") {
            router.refresh();
            return;
          }
        }
      } catch {
        // A dropped poll is retried at the next tick.
      }
      if (!stopped) timer = setTimeout(() => void poll(), pollEveryMs);
    }
    timer = setTimeout(() => void poll(), pollEveryMs);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [id, router]);

  const known = progress.total !== null && progress.total > 0;
  return (
    <div className="grid gap-2" data-testid="import-progress">
      <progress
        className="h-3 w-full accent-ink"
        max={known ? (progress.total ?? 1) : undefined}
        value={known ? Math.min(progress.done, progress.total ?? 0) : undefined}
        aria-label={t("label")}
      />
      <p className="text-sm font-medium tabular-nums" aria-live="polite">
        {progress.status === "queued" && progress.done === 0
          ? t("queued")
          : known
            ? t("count", { done: progress.done, total: progress.total ?? 0 })
            : t("countUnknown", { done: progress.done })}
      </p>
    </div>
  );
}
