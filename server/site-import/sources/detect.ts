/**
 * Tells which kind of export a file is from its first bytes, for imports where the person did
 * not say: `{` opens a Ghost export; otherwise the XML's root element decides — `<rss>` that
 * binds WordPress's export namespace (or has `wp:wxr_version` early on) is a WordPress export,
 * any other `<rss>` an RSS feed, Atom's `<feed>` an Atom feed. The XML is read with saxes, as
 * the readers do, just far enough to see the root and the first elements.
 */
import { SaxesParser } from "saxes";
import type { SourceFormat } from "../source-story";
import { ImportFileError } from "./import-file-error";
import { sniffEncoding } from "./xml-stream";
import { readHead } from "./text-file";
import { isWordPressNamespace, ns } from "./xml-tree";

const peekBytes = 64 * 1024;

export async function detectSourceFormat(file: string): Promise<SourceFormat> {
  const head = await readHead(file, peekBytes);
  const encoding = await sniffEncoding(file);
  let text: string;
  try {
    // The peek may end inside a multi-byte character: not fatal here.
    text = new TextDecoder(encoding).decode(head);
  } catch {
    throw new ImportFileError(`the file's encoding "${encoding}" is not one imports can read`);
  }
  const start = text.trimStart();
  if (start === "") throw new ImportFileError("the file is empty");
  if (start.startsWith("{")) return "ghost";
  if (!start.startsWith("<")) throw new ImportFileError("this is not an export imports know: neither JSON nor XML");

  const parser = new SaxesParser({ xmlns: true });
  let root: { local: string; uri: string } | undefined;
  let wordPress = false;
  let stop = false;
  parser.on("opentag", (tag) => {
    if (!root) {
      root = { local: tag.local, uri: tag.uri };
      wordPress = Object.values(tag.ns).some(isWordPressNamespace);
    } else if (isWordPressNamespace(tag.uri)) wordPress = true;
    // By the first item or entry, WordPress's header elements would have been seen.
    if (tag.local === "item" || tag.local === "entry") stop = true;
  });
  // The peek is a piece of the file: errors past the root (an unfinished element) do not matter;
  // the reader will report real ones with their place.
  parser.on("error", () => {
    if (root) stop = true;
  });
  for (let index = 0; index < text.length && !stop; index += 4096) parser.write(text.slice(index, index + 4096));

  if (!root) throw new ImportFileError("this is not an export imports know: no XML root element was found");
  if (root.local === "rss" && root.uri === ns.none) return wordPress ? "wordpress" : "rss";
  if (root.local === "feed" && root.uri === ns.atom) return "atom";
  throw new ImportFileError(`this is not an export imports know: its root element is <${root.local}>`);
}
