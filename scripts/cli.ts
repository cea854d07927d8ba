/**
 * Shared by the command-line scripts: one clear line and a non-zero exit on failure. The data
 * layer is imported only once the body has run: opening the database reads the configuration,
 * and a bad value must end here as one line, not as a stack trace from a module being loaded.
 */
export async function runCommand(name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
    const { closeDatabase } = await import("@/db/maintenance");
    await closeDatabase();
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    console.error(`heraldo ${name}: ${message}`);
    process.exit(1);
  }
}
