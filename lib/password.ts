import { hash, verify } from "@node-rs/argon2";

/** argon2id with the library's defaults (19 MiB, 2 passes), as OWASP recommends. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// Verified against when the email is unknown, so both failures take the same time.
const decoyHash = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$1LpxlzNaSApG/QAcYX/NHZf4ZbO8iPI1OAbF7R9CIgM";

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  try {
    const ok = await verify(passwordHash ?? decoyHash, password);
    return passwordHash !== null && ok;
  } catch {
    return false;
  }
}
