#!/usr/bin/env node
// Tiny dependency-free static file server for the production build.
// Serves a directory (default dist/) under a URL prefix (default /intranet/phones/)
// so e2e tests prove the app works from a sub-path, as on an intranet share.
//
//   node scripts/serve-static.mjs [--root dist] [--prefix /intranet/phones/] [--port 4179] [--host 127.0.0.1] [--sites dir]
//
// With --sites, `<prefix>sites/<name>/…` is the same site with the files of `<dir>/<name>/` beside index.html (a
// site's format-profile.json, say): e2e tests serve a site as an intranet would, with no file added to the build.
//
// Env fallbacks: SERVE_ROOT, SERVE_PREFIX, PORT, HOST.
// No CSP header is sent on purpose: the app carries its own CSP <meta> tag and
// the tests must prove that tag alone is enough.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: process.env.SERVE_ROOT ?? 'dist' },
    prefix: { type: 'string', default: process.env.SERVE_PREFIX ?? '/intranet/phones/' },
    port: { type: 'string', default: process.env.PORT ?? '4179' },
    host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
    sites: { type: 'string', default: process.env.SERVE_SITES ?? '' },
  },
});

const root = resolve(values.root);
const prefix = `/${values.prefix.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
const port = Number(values.port);
const host = values.host;
const sites = values.sites ? resolve(values.sites) : null;

if (!existsSync(join(root, 'index.html'))) {
  console.error(`serve-static: ${join(root, 'index.html')} not found; run \`npm run build\` first.`);
  process.exit(1);
}

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.cfg': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} body
 */
function send(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(body);
}

const server = createServer((req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    send(res, 405, 'Method Not Allowed');
    return;
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    send(res, 400, 'Bad Request');
    return;
  }
  if (pathname === prefix.slice(0, -1)) {
    res.writeHead(301, { Location: prefix + url.search });
    res.end();
    return;
  }
  if (!pathname.startsWith(prefix) || pathname.includes('\0')) {
    send(res, 404, 'Not Found');
    return;
  }
  let rel = pathname.slice(prefix.length);
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  let base = root;
  const site = sites ? /^sites\/([a-z0-9-]+)\/(.*)$/.exec(rel) : null;
  if (sites && site) {
    // The site's own file where it has one, else the build's.
    const own = resolve(sites, site[1] ?? '', site[2] ?? '');
    rel = site[2] ?? '';
    if (own.startsWith(sites + sep) && existsSync(own) && statSync(own).isFile()) {
      base = resolve(sites, site[1] ?? '');
      rel = own.slice(base.length + 1);
    }
  }
  const file = resolve(base, rel);
  if (file !== base && !file.startsWith(base + sep)) {
    send(res, 404, 'Not Found');
    return;
  }
  let stat;
  try {
    stat = statSync(file);
  } catch {
    send(res, 404, 'Not Found');
    return;
  }
  if (!stat.isFile()) {
    send(res, 404, 'Not Found');
    return;
  }
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': stat.size,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
});

server.listen(port, host, () => {
  console.log(`serve-static: ${root} at http://${host}:${port}${prefix}`);
});

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
