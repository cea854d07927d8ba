import { cleanPastedHtml } from "../lib/html/paste";
import fs from "node:fs";
const src = fs.readFileSync("lib/html/paste.test.ts","utf8");
const word = src.slice(src.indexOf("`")+1, src.indexOf("`;"));
console.log(cleanPastedHtml(word));
