/**
 * Adds the end-to-end run's editor and writers to the freshly reset database (the admin comes
 * from ADMIN_EMAIL/ADMIN_PASSWORD like on any first start).
 */
import { insertUser } from "@/db/queries/accounts/users";
import { closeDatabase } from "@/db/maintenance";
import { hashPassword } from "@/lib/password";
import { staffAccounts, staffPassword } from "./env";

const hash = await hashPassword(staffPassword);
for (const key of ["editor", "writer", "writer2"] as const) {
  const account = staffAccounts[key];
  await insertUser({
    email: account.email,
    name: account.name,
    slug: `e2e-${key}`,
    role: key === "editor" ? "editor" : "writer",
    passwordHash: hash,
  });
}
await closeDatabase();
console.log("End-to-end staff accounts created.");
