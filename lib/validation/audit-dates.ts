/**
 * The audit log's date filter, read from the address: "from" and "to" are calendar days in the
 * site's zone, both included. A day that is malformed or does not exist, or a range that runs
 * backwards, is named as a problem (the screen says so and keeps what was typed) and that part
 * of the filter is not applied, rather than being dropped silently or matching nothing.
 */
import { nextDay, startOfDayIn } from "../zoned-day";

export type AuditDateProblem = "from" | "to" | "reversed";

export type AuditDates = {
  /** Inclusive start. */
  from?: Date;
  /** Exclusive end: the start of the day after "to". */
  until?: Date;
  problems: AuditDateProblem[];
};

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The start of the day in the zone, for a real day from 0001-01-01 to 9999-12-31 (both databases compare those alike). */
function dayStart(day: string, timeZone: string): Date | null {
  const match = dayPattern.exec(day);
  if (!match || Number(match[1]) < 1) return null;
  return startOfDayIn(day, timeZone);
}

export function readAuditDates(fromText: string, toText: string, timeZone: string): AuditDates {
  const fromDay = fromText.trim();
  const toDay = toText.trim();
  const from = fromDay ? dayStart(fromDay, timeZone) : undefined;
  const toStart = toDay ? dayStart(toDay, timeZone) : undefined;
  const problems: AuditDateProblem[] = [];
  if (from === null) problems.push("from");
  if (toStart === null) problems.push("to");
  // Both real days, the wrong way round (YYYY-MM-DD compares as text): no dates apply.
  if (from && toStart && fromDay > toDay) return { problems: ["reversed"] };
  // Otherwise whatever part is right applies.
  return { problems, ...(from ? { from } : {}), ...(toStart ? untilAfter(toDay, timeZone) : {}) };
}

/** The day after `day` starts the exclusive end; after 9999-12-31 there is no end to set. */
function untilAfter(day: string, timeZone: string): { until?: Date } {
  const after = nextDay(day);
  const until = dayPattern.test(after) ? startOfDayIn(after, timeZone) : null;
  return until ? { until } : {};
}
