/** Shared by the command-line scripts: one clear line and a non-zero exit on failure. */
import { closeDatabase } from "@/db/maintenance";

export async function runCommand(name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
    await closeDatabase();
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    console.error(`heraldo ${name}: ${message}`);
    process.exit(1);
  }
}
