import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/auth-session";
import { can, type Permission } from "@/lib/permissions";
import { newsroomClientNamespaces } from "@/messages";
import { signOutAction } from "../login/actions";
import { DocumentLanguage } from "./_components/document-language.client";

export const dynamic = "force-dynamic";

/** The newsroom's sections, in menu order; each shows only to roles that may use it. */
const newsroomSections: { href: string; label: string; permission: Permission }[] = [
  { href: "/admin", label: "sections.dashboard", permission: "newsroom.enter" },
  { href: "/admin/articles", label: "articles", permission: "newsroom.enter" },
  { href: "/admin/review", label: "sections.review", permission: "article.publish" },
  { href: "/admin/comments", label: "sections.comments", permission: "newsroom.enter" },
  { href: "/admin/media", label: "sections.media", permission: "media.upload" },
  { href: "/admin/topics", label: "sections.topics", permission: "topic.manage" },
  { href: "/admin/redirects", label: "redirects.nav", permission: "redirect.manage" },
  { href: "/admin/users", label: "sections.users", permission: "user.manage" },
  { href: "/admin/settings", label: "sections.settings", permission: "settings.manage" },
  { href: "/admin/import", label: "sections.import", permission: "site.import" },
  { href: "/admin/audit", label: "sections.audit", permission: "audit.read" },
  { href: "/admin/profile", label: "sections.profile", permission: "newsroom.enter" },
];

export default async function AdminLayout({ children }: LayoutProps<"/admin">) {
  const user = await requireStaffPage();
  const t = await getTranslations("admin");
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={Object.fromEntries(newsroomClientNamespaces.map((ns) => [ns, messages[ns]]))}>
      <DocumentLanguage locale={await getLocale()} />
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
              <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-medium">
                {newsroomSections
                  .filter((section) => can(user.role, section.permission))
                  .map((section) => (
                    <li key={section.href}>
                      <Link prefetch={false} href={section.href} className="hover:underline">
                        {t(section.label)}
                      </Link>
                    </li>
                  ))}
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
