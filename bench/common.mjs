// What the benchmark runners (run.mjs, ab.mjs) share: a file server on 127.0.0.1 and medians.
import { createServer } from "node:http";
import { readFileSync, existsSync } from "node:fs";
import { extname, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";

export const root = new URL("../", import.meta.url);

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css", ".wasm": "application/wasm", ".json": "application/json" };

/** Serves the repository's files under `prefixes`, `/baseline/…` from `baseline` (a www/pkg built
 * earlier) when one is given, and `pages` (path → HTML, or → { type, body }) as they are, before
 * any file of the same path; `headers` go with every
 * file. With `gzip`, every response a browser accepts gzipped is sent so (gzip -9), as a site
 * would, so throttled transfers count the bytes a reader downloads. Listens on a free port of
 * 127.0.0.1; resolves to the server. */
export function serve({ prefixes, baseline, pages = {}, headers = {}, gzip = false }) {
  const zipped = new Map(); // path → gzipped body: compressed once, not inside every timed request
  const send = (req, res, type, body, path) => {
    const zip = gzip && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
    if (zip && !zipped.has(path)) zipped.set(path, gzipSync(body, { level: 9 }));
    res.writeHead(200, { "content-type": type, ...headers, ...(zip ? { "content-encoding": "gzip" } : {}) });
    res.end(zip ? zipped.get(path) : body);
  };
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname));
    const page = pages[path];
    if (page) return typeof page === "string" ? send(req, res, "text/html", page, path) : send(req, res, page.type, page.body, path);
    const fromBaseline = baseline && path.startsWith("/baseline/");
    const file = fromBaseline ? resolve(baseline, path.slice(10)) : new URL(`.${path}`, root);
    if (!(fromBaseline || prefixes.some((p) => path.startsWith(p))) || !existsSync(file)) return res.writeHead(404).end();
    send(req, res, TYPES[extname(path)] || "application/octet-stream", readFileSync(file), path);
  });
  return new Promise((done) => server.listen(0, "127.0.0.1", () => done(server)));
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
