/**
 * The static file server used when nginx is not installed: run as its own process (so it never
 * shares a core's event loop with the load tool), serving DIR/page.html on PORT exactly as the
 * nginx variant does: brotli bytes to clients that take brotli, else gzip, else plain.
 *
 *   node --import tsx scripts/bench/static-server.ts DIR PORT
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";

const [dir = ".", port = "0"] = process.argv.slice(2);
const variants = {
  br: readFileSync(path.join(dir, "page.html.br")),
  gzip: readFileSync(path.join(dir, "page.html.gz")),
  identity: readFileSync(path.join(dir, "page.html")),
};

createServer((request, response) => {
  if (request.url !== "/page.html") {
    response.writeHead(404).end();
    return;
  }
  const accepted = String(request.headers["accept-encoding"] ?? "");
  const encoding = /\bbr\b/.test(accepted) ? "br" : /\bgzip\b/.test(accepted) ? "gzip" : "identity";
  const body = variants[encoding];
  response.writeHead(200, {
    "content-type": "text/html; charset=utf-8",
    "content-length": body.length,
    vary: "Accept-Encoding",
    ...(encoding === "identity" ? {} : { "content-encoding": encoding }),
  });
  response.end(body);
}).listen(Number(port), "127.0.0.1");
