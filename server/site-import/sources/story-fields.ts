/** Small helpers the readers share for filling in a story's fields. */

/** Non-empty values, each once, in their first order (topics, author logins). */
export function unique(values: string[]): string[] {
  return [...new Set(values.filter((value) => value !== ""))];
}

/** Drops absent optional fields, so stories compare and print cleanly. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
