/** Reading fields out of parsed JSON of unknown shape, without trusting it. */

export type JsonObject = Record<string, unknown>;

export function asObject(value: unknown): JsonObject | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as JsonObject) : undefined;
}

/** A string field, trimmed; numbers are accepted as text (old Ghost ids are numbers). */
export function stringField(object: JsonObject, key: string): string | undefined {
  const value = object[key];
  if (typeof value === "number") return String(value);
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  return text === "" ? undefined : text;
}

/** A string field as written (HTML keeps its whitespace); undefined when not a string. */
export function rawStringField(object: JsonObject, key: string): string | undefined {
  const value = object[key];
  return typeof value === "string" ? value : undefined;
}
