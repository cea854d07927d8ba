/**
 * Times entered and shown in the site's time zone (SITE_TIME_ZONE, read by server/env.ts and
 * passed in), whatever the zone of the server or of the editor's browser. Pure helpers: no
 * Date.now(), no configuration.
 */
import { wallClock } from "@/lib/zoned-day";

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/**
 * `YYYY-MM-DDTHH:MM` (with `:SS` when asked), the value of an `<input type="datetime-local">`,
 * for `instant` in the zone.
 */
export function toLocalInputValue(instant: Date, timeZone: string, withSeconds = false): string {
  const w = wallClock(instant, timeZone);
  const two = (n: number) => String(n).padStart(2, "0");
  const minutes = `${w.year}-${two(w.month)}-${two(w.day)}T${two(w.hour)}:${two(w.minute)}`;
  return withSeconds ? `${minutes}:${two(w.second)}` : minutes;
}

const localPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The instant a wall-clock time in `timeZone` names, or null when no such moment exists: a
 * malformed value, an impossible date (30 February), or a time skipped by a clock change.
 */
export function fromLocalInputValue(value: string, timeZone: string): Date | null {
  const match = localPattern.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second = 0] = match.slice(1).map((v) => (v === undefined ? 0 : Number(v)));
  if (year === undefined || month === undefined || day === undefined || hour === undefined || minute === undefined)
    return null;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  // Offsets change at most twice a year: two corrections find the instant whenever one exists.
  let instant = asUtc;
  for (let i = 0; i < 2; i += 1) {
    const w = wallClock(new Date(instant), timeZone);
    const shown = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
    instant += asUtc - shown;
  }
  const check = wallClock(new Date(instant), timeZone);
  const same =
    check.year === year &&
    check.month === month &&
    check.day === day &&
    check.hour === hour &&
    check.minute === minute &&
    check.second === second;
  return same ? new Date(instant) : null;
}

/** A time with its zone, e.g. "28 nov 2026, 10:30 CET", in the reader's language. */
export function formatSiteTime(instant: Date, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    dateStyle: "medium",
    timeStyle: "short",
  })
    .format(instant)
    .concat(" ", zoneLabel(instant, locale, timeZone));
}

function zoneLabel(instant: Date, locale: string, timeZone: string): string {
  const part = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "short" })
    .formatToParts(instant)
    .find((p) => p.type === "timeZoneName");
  return `(${timeZone}${part ? `, ${part.value}` : ""})`;
}
