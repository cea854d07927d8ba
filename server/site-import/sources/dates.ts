/**
 * Dates as export files write them. A missing date is simply absent; a date that is there but
 * cannot be read is reported, so that a story is never imported with a wrong date.
 */

export type DateReading = { ok: true; date?: Date } | { ok: false; reason: string };

const none: DateReading = { ok: true };
const sqlDateTime = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?$/;

/**
 * Any date the JavaScript engine reads reliably: ISO 8601 (Atom, Ghost, dc:date) and RFC 822
 * (RSS pubDate, "Tue, 10 Jun 2003 04:00:00 GMT" or "+0200"). A time without an offset is read
 * as UTC, which is what Ghost and WordPress's `_gmt` fields mean.
 */
export function readDate(value: string | number | null | undefined, field: string): DateReading {
  if (value === undefined || value === null || value === "") return none;
  if (typeof value === "number") return checked(new Date(value), String(value), field);
  const text = value.trim();
  if (text === "") return none;
  if (sqlDateTime.test(text)) return readWordPressDate(text, field);
  return checked(new Date(text), text, field);
}

/**
 * WordPress's "2024-03-01 10:00:00", in UTC for the `_gmt` fields (for `wp:post_date`, the site's
 * own time zone, which the export does not state: read as UTC too). "0000-00-00 00:00:00" is
 * WordPress's way of saying there is no date (drafts never published).
 */
export function readWordPressDate(value: string | undefined, field: string): DateReading {
  if (value === undefined) return none;
  const text = value.trim();
  if (text === "" || text.startsWith("0000-00-00")) return none;
  const parts = sqlDateTime.exec(text);
  if (!parts) return checked(new Date(text), text, field);
  const [year, month, day, hour, minute, second] = parts.slice(1, 7).map((part) => Number(part ?? 0)) as number[];
  const milliseconds = Math.round(Number(parts[7] ?? 0) * 1000);
  const date = new Date(Date.UTC(year!, month! - 1, day!, hour!, minute!, second!, milliseconds));
  // Date.UTC rolls 2024-02-31 over into March; a date that does not come back the same is wrong.
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month! - 1) return unreadable(text, field);
  return checked(date, text, field);
}

function checked(date: Date, text: string, field: string): DateReading {
  return Number.isNaN(date.getTime()) ? unreadable(text, field) : { ok: true, date };
}

function unreadable(text: string, field: string): DateReading {
  return { ok: false, reason: `the date "${text}" in ${field} cannot be read` };
}
