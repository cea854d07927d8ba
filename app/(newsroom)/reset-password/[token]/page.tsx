import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LinkPage } from "../_components/link-page";
import { viewLink } from "@/db/queries/accounts/one-time-links";
import { resetPasswordAction } from "../actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accounts.reset");
  return { title: t("title"), referrer: "no-referrer" };
}

export default async function ResetPasswordPage({ params }: PageProps<"/reset-password/[token]">) {
  const { token } = await params;
  return (
    <LinkPage kind="reset" view={await viewLink("password-reset", token)} token={token} action={resetPasswordAction} />
  );
}
