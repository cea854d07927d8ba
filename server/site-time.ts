/**
 * The site's time zone (SITE_TIME_ZONE) for the dates the newsroom enters and reads; the pure
 * conversions that take it are in lib/workflow/site-time.ts.
 */
import { env } from "./env";

export function siteTimeZone(): string {
  return env.SITE_TIME_ZONE;
}
