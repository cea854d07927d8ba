/** The frame of the one-time link pages (/reset-password/…, /invite/…): sign-in page look. */
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { LinkView } from "@/db/queries/accounts/one-time-links";
import { passwordMinLength } from "@/lib/validation/limits";
import type { NewPasswordState } from "../form-state";
import { NewPasswordForm } from "./new-password-form.client";
import { Notice } from "@/components/ui/notice";

const errorKeys = [
  "passwordTooShort",
  "passwordTooLong",
  "passwordMismatch",
  "linkUnknown",
  "linkExpired",
  "linkUsed",
  "emailTaken",
  "invalid",
  "required",
] as const;

/**
 * The page's title, and no Referer from it: the address holds the token, and a link followed
 * from the page must not hand it to another site.
 */
export async function linkPageMetadata(kind: "reset" | "invite"): Promise<Metadata> {
  const t = await getTranslations(kind === "reset" ? "accounts.reset" : "accounts.invite");
  return { title: t("title"), referrer: "no-referrer" };
}

export async function LinkPage({
  kind,
  view,
  token,
  action,
}: {
  kind: "reset" | "invite";
  view: LinkView;
  token: string;
  action: (previous: NewPasswordState, form: FormData) => Promise<NewPasswordState>;
}) {
  const t = await getTranslations("accounts");
  const tRoles = await getTranslations("admin.roles");
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      <p className="font-serif text-4xl font-bold">Heraldo</p>
      <h1 className="mt-6 text-2xl font-semibold">{t(`${kind}.title`)}</h1>
      {view.state === "usable" ? (
        <>
          <p className="mt-1 text-ink-muted">
            {kind === "invite"
              ? t("invite.intro", { name: view.name, email: view.email, role: view.role ? tRoles(view.role) : "" })
              : t("reset.intro", { name: view.name, email: view.email })}
          </p>
          <NewPasswordForm
            token={token}
            action={action}
            labels={{
              password: t("link.password"),
              confirmation: t("link.confirmation"),
              hint: t("link.hint", { min: passwordMinLength }),
              submit: t(`${kind}.submit`),
              errors: Object.fromEntries(errorKeys.map((key) => [key, t(`errors.${key}`, { min: passwordMinLength })])),
            }}
          />
        </>
      ) : (
        <>
          <Notice tone="error" className="mt-4">
            {t(`link.${view.state}`)}
          </Notice>
          <p className="mt-4 text-sm">
            <Link prefetch={false} href="/login" className="text-link hover:underline">
              {t("link.toSignIn")}
            </Link>
          </p>
        </>
      )}
    </main>
  );
}
