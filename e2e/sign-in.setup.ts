/**
 * Runs before the other projects: signs each staff account in once through the sign-in form
 * and saves the browser state, which the fixtures (support/fixtures.ts) open pages from. The
 * database is reset only when the web server starts, so these sessions last the whole run;
 * no test may revoke them (tests that do use accounts of their own).
 */
import { test as setup } from "@playwright/test";
import { staffAccounts, staffStatePath, type StaffAccount } from "./support/env";
import { signIn } from "./support/fixtures";

for (const account of Object.keys(staffAccounts) as StaffAccount[]) {
  setup(`sign in as ${account}`, async ({ browser }) => {
    const context = await browser.newContext({ locale: "en-GB" });
    await signIn(await context.newPage(), account);
    await context.storageState({ path: staffStatePath(account) });
    await context.close();
  });
}
