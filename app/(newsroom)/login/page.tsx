import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getStaffUser } from "@/auth-session";
import { LoginForm } from "./login-form.client";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.login");
  return { title: t("title") };
}

/** Notices the sign-in page shows after a finished account step (?reset=1, ?signedOut=1, …). */
const notices = ["reset", "invited", "signedOut", "everywhere"] as const;

export default async function LoginPage({ searchParams }: PageProps<"/login">) {
  if (await getStaffUser()) redirect("/admin");
  const t = await getTranslations("admin.login");
  const ta = await getTranslations("accounts.login");
  const query = await searchParams;
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      <p className="font-serif text-4xl font-bold">Heraldo</p>
      <h1 className="mt-6 text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-1 text-ink-muted">{t("intro")}</p>
      <LoginForm
        labels={{
          email: t("email"),
          password: t("password"),
          submit: t("submit"),
          failed: t("failed"),
          // Kept as a pattern: the form fills in the minutes the server reports.
          locked: ta.raw("locked") as string,
          lockedOneMinute: ta("lockedOneMinute"),
          notices: notices.filter((key) => query[key] === "1").map((key) => ta(key)),
        }}
      />
    </main>
  );
}
