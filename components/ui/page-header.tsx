/** A page's title, the line that says what the page is for, and its main actions. */
import Link from "next/link";
import type { ReactNode } from "react";

export function PageHeader({
  title,
  description,
  back,
  actions,
  children,
  className = "",
}: {
  title: ReactNode;
  description?: ReactNode;
  /** The page one level up, linked above the title (the label brings its own arrow, if any). */
  back?: { href: string; label: ReactNode };
  /** Links or buttons beside the title (below it on a phone). */
  actions?: ReactNode;
  /** More under the description. */
  children?: ReactNode;
  className?: string;
}) {
  return (
    <div className={`flex flex-wrap items-end justify-between gap-4 ${className}`}>
      <div className="min-w-0">
        {back && (
          <p className="mb-2 text-sm">
            <Link prefetch={false} href={back.href} className="text-link hover:underline">
              {back.label}
            </Link>
          </p>
        )}
        <h1 className="font-serif text-3xl font-bold break-words">{title}</h1>
        {description && <p className="mt-2 max-w-2xl text-sm text-ink-muted">{description}</p>}
        {children}
      </div>
      {actions && <div className="flex flex-wrap items-center gap-3">{actions}</div>}
    </div>
  );
}
