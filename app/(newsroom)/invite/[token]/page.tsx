import type { Metadata } from "next";
import { acceptInviteAction } from "@/app/(newsroom)/reset-password/actions";
import { LinkPage, linkPageMetadata } from "@/app/(newsroom)/reset-password/_components/link-page";
import { viewLink } from "@/db/queries/accounts/one-time-links";

export const dynamic = "force-dynamic";

export function generateMetadata(): Promise<Metadata> {
  return linkPageMetadata("invite");
}

export default async function InvitePage({ params }: PageProps<"/invite/[token]">) {
  const { token } = await params;
  return <LinkPage kind="invite" view={await viewLink("invite", token)} token={token} action={acceptInviteAction} />;
}
