/**
 * Streams a large JSON export (Ghost's) and hands over only the values asked for, each complete,
 * one at a time: say every element of `db[0].data.posts`, one post after another, without ever
 * holding the whole array. The tokens come from stream-json's parser; this file keeps track of
 * where in the document each token is and assembles the chosen values.
 *
 * Malformed or cut-short JSON ends the reading with an ImportFileError that says roughly where
 * (stream-json does not report positions, so the text is fed in small slices and the place is
 * that of the slice the error was found in) and inside which value.
 */
import { jsonParser, type Token } from "stream-json/parser.js";
import Assembler from "stream-json/assembler.js";
import { none, getManyValues, isMany } from "stream-chain/defs.js";
import { ImportFileError } from "./import-file-error";
import { readTextBlocks } from "./text-file";

export type JsonPath = (string | number)[];
export type JsonPick = { path: JsonPath; value: unknown };

type Frame = { kind: "object"; key: string | null } | { kind: "array"; index: number };

/** Small enough that "near character N" is within a few lines of the fault, large enough to be cheap. */
const sliceSize = 256;

export async function* readJsonValues(file: string, wanted: (path: JsonPath) => boolean): AsyncGenerator<JsonPick> {
  // stream-chain's protocol: a stage is flushed (told the input has ended) by passing `none`.
  const parse = jsonParser({ packValues: true, streamValues: false }) as (
    input: string | typeof none,
  ) => ReturnType<ReturnType<typeof jsonParser>>;
  const frames: Frame[] = [];
  const picked: JsonPick[] = [];
  let assembling: { path: JsonPath; assembler: Assembler } | null = null;
  let characters = 0;
  let lines = 1;
  let sawValue = false;

  const pathHere = (): JsonPath => frames.map((frame) => (frame.kind === "object" ? (frame.key ?? "") : frame.index));
  // Where the reader is, down into a value being assembled: for messages.
  // Where the reader is, for messages: the value being assembled (a post, say), not the field
  // within it, which the parser's look-ahead can make one off.
  const whereNow = (): JsonPath => {
    if (assembling) return assembling.path;
    const path = pathHere();
    return frames.at(-1)?.kind === "object" ? path.slice(0, -1) : path;
  };
  const valueDone = () => {
    const top = frames.at(-1);
    if (top?.kind === "array") top.index += 1;
  };
  const take = (token: Token) => {
    if (assembling) {
      assembling.assembler.consume(token);
      if (assembling.assembler.done) {
        picked.push({ path: assembling.path, value: assembling.assembler.current });
        assembling = null;
        valueDone();
      }
      return;
    }
    switch (token.name) {
      case "keyValue": {
        const top = frames.at(-1);
        if (top?.kind === "object") top.key = token.value;
        return;
      }
      case "startObject":
      case "startArray": {
        sawValue = true;
        const path = pathHere();
        if (wanted(path)) {
          assembling = { path, assembler: new Assembler() };
          assembling.assembler.consume(token);
        } else frames.push(token.name === "startObject" ? { kind: "object", key: null } : { kind: "array", index: 0 });
        return;
      }
      case "endObject":
      case "endArray":
        frames.pop();
        valueDone();
        return;
      case "stringValue":
      case "numberValue":
      case "nullValue":
      case "trueValue":
      case "falseValue": {
        sawValue = true;
        const path = pathHere();
        if (wanted(path)) {
          const value = token.name === "numberValue" ? Number(token.value) : token.value;
          picked.push({ path, value });
        }
        valueDone();
        return;
      }
      default:
        return;
    }
  };
  const run = (text: string | typeof none) => {
    let output;
    try {
      output = parse(text);
    } catch (error) {
      const reason = error instanceof Error ? error.message.replace(/^Parser /, "the parser ") : String(error);
      throw new ImportFileError(`the file is not valid JSON (${reason})${inside(whereNow())}`, {
        character: characters + 1,
        line: lines,
      });
    }
    if (isMany(output)) for (const token of getManyValues(output) as Token[]) take(token);
  };

  for await (const block of readTextBlocks(file)) {
    for (let start = 0; start < block.length; start += sliceSize) {
      const slice = block.slice(start, start + sliceSize);
      run(slice);
      characters += slice.length;
      lines += countLines(slice);
      yield* picked.splice(0);
    }
  }
  if (frames.length > 0 || assembling) {
    throw new ImportFileError(
      `the file ends before its JSON is complete, it may have been cut short${inside(whereNow())}`,
      { character: characters, line: lines },
    );
  }
  run(none);
  yield* picked.splice(0);
  if (!sawValue) throw new ImportFileError("the file is empty");
}

function countLines(text: string): number {
  let count = 0;
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) count += 1;
  return count;
}

/** " (inside db[0].data.posts[3])", for messages; nothing at the top level. */
function inside(path: JsonPath): string {
  if (path.length === 0) return "";
  const written = path
    .map((part, index) => (typeof part === "number" ? `[${part}]` : index === 0 ? part : `.${part}`))
    .join("");
  return ` (inside ${written})`;
}
