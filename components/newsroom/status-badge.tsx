import type { ArticleStatus } from "@/lib/roles";

const styles: Record<ArticleStatus, string> = {
  draft: "border-rule text-ink-muted",
  review: "border-amber-600 text-amber-800 dark:text-amber-300",
  scheduled: "border-sky-700 text-sky-800 dark:text-sky-300",
  published: "border-emerald-700 text-emerald-800 dark:text-emerald-300",
  unpublished: "border-ink-muted text-ink-muted",
};

export function StatusBadge({ status, label }: { status: ArticleStatus; label: string }) {
  return (
    <span className={`inline-block rounded-full border px-2.5 py-0.5 text-xs font-semibold ${styles[status]}`}>
      {label}
    </span>
  );
}
