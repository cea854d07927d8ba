import type { Metadata } from "next";
import { LinkPage, linkPageMetadata } from "../_components/link-page";
import { viewLink } from "@/db/queries/accounts/one-time-links";
import { resetPasswordAction } from "../actions";

export const dynamic = "force-dynamic";

export function generateMetadata(): Promise<Metadata> {
  return linkPageMetadata("reset");
}

export default async function ResetPasswordPage({ params }: PageProps<"/reset-password/[token]">) {
  const { token } = await params;
  return (
    <LinkPage kind="reset" view={await viewLink("password-reset", token)} token={token} action={resetPasswordAction} />
  );
}
