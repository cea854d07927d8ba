/** The dashboard's line about reader comments waiting for moderation (a writer: on their articles). */
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { countWaitingComments } from "@/db/queries/comments/moderation";
import type { StaffUser } from "@/db/queries/types";

export async function WaitingComments({ user }: { user: StaffUser }) {
  const t = await getTranslations("comments");
  const waiting = await countWaitingComments(user);
  return (
    <section
      aria-labelledby="waiting-comments-heading"
      className="mt-6 rounded-sm border border-rule bg-paper-raised p-4 sm:p-5"
    >
      <h2 id="waiting-comments-heading" className="text-lg font-semibold">
        {t("dashboard.title")}
      </h2>
      <p className="mt-1 text-sm" data-testid="waiting-comments">
        {t("dashboard.waiting", { count: waiting })}
      </p>
      {waiting > 0 && (
        <p className="mt-2 text-sm">
          <Link prefetch={false} href="/admin/comments" className="font-medium text-link hover:underline">
            {t("dashboard.open")}
          </Link>
        </p>
      )}
    </section>
  );
}
