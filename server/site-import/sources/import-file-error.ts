/**
 * The one error a reader throws: the file as a whole cannot be read (not found, not the format
 * it claims to be, malformed or cut short, or refused for safety). Everything smaller, one story
 * the reader cannot make sense of, is a `problem` record instead and reading goes on.
 *
 * The message is for the person importing: it names where in the file the reader stopped (line
 * and column for XML, character and line for JSON) so they can open the file there.
 */
export type FilePlace = { line?: number; column?: number; character?: number };

export class ImportFileError extends Error {
  readonly line?: number;
  readonly column?: number;
  /** For JSON: how many characters into the file (counted from 1) the reader had got. */
  readonly character?: number;

  constructor(reason: string, place: FilePlace = {}) {
    super(describePlace(place) + reason);
    this.name = "ImportFileError";
    this.line = place.line;
    this.column = place.column;
    this.character = place.character;
  }
}

function describePlace({ line, column, character }: FilePlace): string {
  const parts: string[] = [];
  if (character !== undefined) parts.push(`near character ${character}`);
  if (line !== undefined) parts.push(character !== undefined ? `(line ${line})` : `line ${line}`);
  if (column !== undefined && character === undefined) parts.push(`column ${column}`);
  if (parts.length === 0) return "";
  return parts.join(character !== undefined ? " " : ", ") + ": ";
}
