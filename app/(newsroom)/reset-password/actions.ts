"use server";
/**
 * Using a one-time link: choosing a password after a reset or an invitation, in the kit's shape
 * (app/(newsroom)/_kit/action.ts). These need no session by nature: the token is the proof. A
 * link works once; a refused one changes nothing.
 */
import { redirect } from "next/navigation";
import { z } from "zod";
import { acceptInvite, resetPasswordWithLink } from "@/db/queries/accounts/one-time-links";
import { hashPassword } from "@/lib/password";
import { fieldErrors, newPasswordSchema } from "@/lib/validation/accounts";
import { formTexts } from "@/lib/validation/form-data";
import { requestAddress } from "@/server/request-address";
import { formAction } from "../_kit/action";
import type { NewPasswordState } from "./form-state";

type LinkStep = (token: string, passwordHash: string, address: string) => Promise<unknown>;

function linkAction(step: LinkStep, done: string) {
  return formAction({
    read: (form) => formTexts(form, ["password", "confirmation", "token"]),
    schema: z.object({ token: z.string().max(200) }).and(newPasswordSchema),
    permission: null,
    run: async (_nobody, { token, password }) => step(token, await hashPassword(password), await requestAddress()),
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

export const resetPasswordAction = linkAction(resetPasswordWithLink, "/login?reset=1");
export const acceptInviteAction = linkAction(acceptInvite, "/login?invited=1");
