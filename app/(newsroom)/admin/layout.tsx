import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/auth-session";
import { can } from "@/lib/permissions";
import { signOutAction } from "../login/actions";

export const dynamic = "force-dynamic";

export default async function AdminLayout({ children }: LayoutProps<"/admin">) {
  const user = await requireStaffPage();
  const t = await getTranslations("admin");
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={{ admin: messages.admin }}>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:bg-ink focus:px-4 focus:py-2 focus:text-paper"
      >
        {t("skipToContent")}
      </a>
      <header className="border-b border-rule bg-paper-raised">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
          <div className="flex flex-wrap items-center gap-6">
            <Link prefetch={false} href="/admin" className="font-serif text-2xl font-bold">
              Heraldo <span className="font-sans text-sm font-medium text-ink-muted">{t("title")}</span>
            </Link>
            <nav aria-label={t("nav")}>
              <ul className="flex gap-4 text-sm font-medium">
                <li>
                  <Link prefetch={false} href="/admin/articles" className="hover:underline">
                    {t("articles")}
                  </Link>
                </li>
                <li>
                  <Link prefetch={false} href="/admin/articles/new" className="hover:underline">
                    {t("newArticle")}
                  </Link>
                </li>
                {can(user.role, "redirect.manage") && (
                  <li>
                    <Link prefetch={false} href="/admin/redirects" className="hover:underline">
                      {t("redirects.nav")}
                    </Link>
                  </li>
                )}
                <li>
                  <Link prefetch={false} href="/" className="hover:underline">
                    {t("viewSite")}
                  </Link>
                </li>
              </ul>
            </nav>
          </div>
          <div className="flex items-center gap-3 text-sm">
            <span className="text-ink-muted">
              {t("signedInAs", { name: user.name, role: t(`roles.${user.role}`) })}
            </span>
            <form action={signOutAction}>
              <button type="submit" className="rounded-sm border border-rule px-3 py-1.5 font-medium hover:border-ink">
                {t("signOut")}
              </button>
            </form>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
        {children}
      </main>
    </NextIntlClientProvider>
  );
}
