"use server";
/**
 * Sign-in and sign-out. Sign-in needs no session by nature; it validates its input and never
 * says whether the email or the password was wrong.
 */
import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn, signOut } from "@/auth";
import { getStaffUser } from "@/auth-session";
import { requestAddress } from "@/server/request-address";
import { minutesLeft, signInLock } from "@/server/sign-in";

/** `lockedMinutes` is set when too many failures locked the account or address. */
export type SignInState = { failed: boolean; email: string; lockedMinutes?: number };

const signInSchema = z.object({
  email: z.string().trim().max(320),
  password: z.string().max(1024),
});

export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const parsed = signInSchema.safeParse({ email: form.get("email") ?? "", password: form.get("password") ?? "" });
  const email = parsed.success ? parsed.data.email : "";
  if (!parsed.success || !parsed.data.email || !parsed.data.password) return { failed: true, email };
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo: "/admin" });
  } catch (error) {
    if (error instanceof AuthError) {
      // The same answer whether or not the email exists: unknown emails are locked alike.
      const lock = await signInLock(parsed.data.email, await requestAddress());
      return lock ? { failed: true, email, lockedMinutes: minutesLeft(lock) } : { failed: true, email };
    }
    throw error; // the redirect after a successful sign-in is a thrown value
  }
  return { failed: false, email };
}

export async function signOutAction(): Promise<void> {
  // Only a signed-in user has a session to end; anyone else is simply sent to the sign-in page.
  const user = await getStaffUser();
  await signOut({ redirectTo: user ? "/login?signedOut=1" : "/login" });
}
