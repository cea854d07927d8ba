"use server";
/**
 * Using a one-time link: choosing a password after a reset or an invitation. These need no
 * session by nature: the token is the proof. A link works once; a refused one changes nothing.
 */
import { redirect } from "next/navigation";
import type { NewPasswordState } from "@/components/newsroom/accounts/new-password-form";
import { AccountInputError } from "@/db/queries/account-errors";
import { acceptInvite, resetPasswordWithLink } from "@/db/queries/account-tokens";
import { hashPassword } from "@/lib/password";
import { fieldErrors, newPasswordSchema } from "@/lib/validation/accounts";
import { requestAddress } from "@/server/request-address";

type LinkStep = (token: string, passwordHash: string, address: string) => Promise<unknown>;

async function completeLink(step: LinkStep, form: FormData, done: string): Promise<NewPasswordState> {
  const text = (name: string) => (typeof form.get(name) === "string" ? String(form.get(name)) : "");
  const values = { password: text("password"), confirmation: text("confirmation") };
  const parsed = newPasswordSchema.safeParse(values);
  if (!parsed.success) return { values, errors: fieldErrors(parsed.error) };
  try {
    await step(text("token"), await hashPassword(parsed.data.password), await requestAddress());
  } catch (error) {
    if (error instanceof AccountInputError) return { values, errors: { form: error.key } };
    throw error;
  }
  redirect(done);
}

export async function resetPasswordAction(_previous: NewPasswordState, form: FormData): Promise<NewPasswordState> {
  return completeLink(resetPasswordWithLink, form, "/login?reset=1");
}

export async function acceptInviteAction(_previous: NewPasswordState, form: FormData): Promise<NewPasswordState> {
  return completeLink(acceptInvite, form, "/login?invited=1");
}
