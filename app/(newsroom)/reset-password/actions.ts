"use server";
/**
 * Using a one-time link: choosing a password after a reset or an invitation, in the kit's shape
 * (app/(newsroom)/_kit/action.ts). These need no session by nature: the token is the proof. A
 * link works once; a refused one changes nothing.
 */
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn } from "@/auth";
import { acceptInvite, resetPasswordWithLink } from "@/db/queries/accounts/one-time-links";
import { hashPassword } from "@/lib/password";
import { fieldErrors, newPasswordSchema } from "@/lib/validation/accounts";
import { formTexts } from "@/lib/validation/form-data";
import { requestAddress } from "@/server/request-address";
import { formAction } from "../_kit/action";
import type { NewPasswordState } from "./form-state";

type LinkStep = (token: string, password: string) => Promise<unknown>;

function linkAction(step: LinkStep, done: string) {
  return formAction({
    read: (form) => formTexts(form, ["password", "confirmation", "token"]),
    schema: z.object({ token: z.string().max(200) }).and(newPasswordSchema),
    permission: null,
    run: async (_nobody, { token, password }) => step(token, password),
    done: (): NewPasswordState => redirect(done),
    invalid: (error, { password, confirmation }): NewPasswordState => ({
      values: { password, confirmation },
      errors: fieldErrors(error),
    }),
    refused: (error, { password, confirmation }): NewPasswordState => ({
      values: { password, confirmation },
      errors: { form: error.code },
    }),
  });
}

export const resetPasswordAction = linkAction(
  async (token, password) => resetPasswordWithLink(token, await hashPassword(password), await requestAddress()),
  "/login?reset=1",
);

/**
 * The account is created, then the person is signed in exactly as the sign-in form does it
 * (login/actions.ts): a normal staff session, counted and listed like any other, landing in the
 * newsroom. Should that sign-in be refused (a locked address), the account still exists and the
 * sign-in page says so.
 */
export const acceptInviteAction = linkAction(async (token, password) => {
  const { email } = await acceptInvite(token, await hashPassword(password), await requestAddress());
  try {
    await signIn("credentials", { email, password, redirectTo: "/admin" });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error; // the redirect into the newsroom is a thrown value
  }
}, "/login?invited=1");
