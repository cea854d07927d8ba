import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { acceptInviteAction } from "@/app/(newsroom)/reset-password/actions";
import { LinkPage } from "@/app/(newsroom)/reset-password/_components/link-page";
import { viewLink } from "@/db/queries/accounts/one-time-links";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accounts.invite");
  return { title: t("title"), referrer: "no-referrer" };
}

export default async function InvitePage({ params }: PageProps<"/invite/[token]">) {
  const { token } = await params;
  return <LinkPage kind="invite" view={await viewLink("invite", token)} token={token} action={acceptInviteAction} />;
}
