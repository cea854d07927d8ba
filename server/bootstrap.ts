/**
 * Makes sure the newsroom has a first admin: from ADMIN_EMAIL/ADMIN_PASSWORD, or generated and
 * printed once. Runs at start and after seeding; does nothing while an active admin exists.
 */
import { randomBytes } from "node:crypto";
import { countActiveAdmins, findUserForSignIn, insertUser } from "@/db/queries/accounts/users";
import { hashPassword } from "@/lib/password";
import { slugify } from "@/lib/slug";
import { env } from "./env";

export async function ensureFirstAdmin(log: (line: string) => void = console.log): Promise<void> {
  if ((await countActiveAdmins()) > 0) return;
  const email = env.ADMIN_EMAIL.toLowerCase();
  if (await findUserForSignIn(email)) {
    log(`An account ${email} exists but no active admin does; activate it with the admin tools.`);
    return;
  }
  const generated = !env.ADMIN_PASSWORD;
  const password = env.ADMIN_PASSWORD ?? randomBytes(12).toString("base64url");
  await insertUser({
    email,
    name: "Administrator",
    slug: slugify(`admin-${email.split("@")[0]}`),
    role: "admin",
    passwordHash: await hashPassword(password),
  });
  // Printed once, on the terminal of whoever started the site; never written to the logs.
  if (generated) log(`First admin created: ${email} / password: ${password} (shown only this once)`);
  else log(`First admin created: ${email} (password from ADMIN_PASSWORD)`);
}
