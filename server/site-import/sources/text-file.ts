/**
 * Reads an export file as text, a block at a time, so that a file of any size passes through in
 * constant memory. Bytes are decoded as the file says (an XML declaration may name another
 * encoding than UTF-8); bytes that are not valid in that encoding stop the reading with a clear
 * error rather than turning silently into replacement characters in imported stories.
 */
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { ImportFileError } from "./import-file-error";

const blockSize = 64 * 1024;

/** The first bytes of the file (up to `size`), for telling formats and encodings apart. */
export async function readHead(file: string, size: number): Promise<Buffer> {
  let handle;
  try {
    handle = await open(file, "r");
  } catch (error) {
    throw new ImportFileError(`the file cannot be opened (${errorText(error)})`);
  }
  try {
    const buffer = Buffer.alloc(size);
    const { bytesRead } = await handle.read(buffer, 0, size, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * The file's text in blocks. `encoding` is a WHATWG label ("utf-8", "iso-8859-1"…); a byte-order
 * mark is dropped. Reading stops as soon as the consumer stops asking.
 */
export async function* readTextBlocks(file: string, encoding = "utf-8"): AsyncGenerator<string> {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    throw new ImportFileError(`the file's encoding "${encoding}" is not one imports can read`);
  }
  const stream = createReadStream(file, { highWaterMark: blockSize });
  let bytes = 0;
  try {
    for await (const block of stream as AsyncIterable<Buffer>) {
      const text = decode(decoder, block, bytes, encoding, true);
      bytes += block.length;
      if (text.length > 0) yield text;
    }
    const rest = decode(decoder, undefined, bytes, encoding, false);
    if (rest.length > 0) yield rest;
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(`the file cannot be read (${errorText(error)})`);
  } finally {
    stream.destroy();
  }
}

function decode(decoder: TextDecoder, block: Buffer | undefined, bytesBefore: number, encoding: string, more: boolean) {
  try {
    return decoder.decode(block, { stream: more });
  } catch {
    // The decoder does not say where in the block; the block's start is close enough to look.
    throw new ImportFileError(`the file is not valid ${encoding} text (after byte ${bytesBefore})`);
  }
}

function errorText(error: unknown): string {
  if (error && typeof error === "object" && "code" in error && error.code === "ENOENT") return "no such file";
  return error instanceof Error ? error.message : String(error);
}
