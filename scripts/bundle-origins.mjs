#!/usr/bin/env node
// Where the initial JavaScript comes from: builds once more with source maps (into a temporary folder) and
// shares the bytes of index.html's scripts out by origin: each library, the English words, each folder of src/.
//   npm run bundle:origins
// Each origin is gzipped on its own, so the parts add up to a little more than the whole (gzip shares its
// dictionary across a file); "share" is each origin's part of the minified bytes, applied to the whole's gzip size.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';

const out = mkdtempSync(join(tmpdir(), 'bundle-origins-'));
try {
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--sourcemap', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], { stdio: 'inherit' });
  const html = readFileSync(join(out, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
  /** @type {Map<string, string>} origin → its minified text */
  const parts = new Map();
  let whole = 0;
  let wholeRaw = 0;
  for (const script of scripts) {
    const code = readFileSync(join(out, script), 'utf8');
    whole += gzipSync(code, { level: 9 }).length;
    wholeRaw += code.length;
    const mapFile = join(out, `${script}.map`);
    if (!existsSync(mapFile)) {
      // A chunk without a map is the bundler's own (its runtime).
      parts.set('(bundler runtime)', (parts.get('(bundler runtime)') ?? '') + code);
      continue;
    }
    const map = new TraceMap(readFileSync(mapFile, 'utf8'));
    const lineStart = [0];
    for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStart.push(i + 1);
    /** @type {[number, string][]} */
    const starts = [];
    eachMapping(map, (m) => starts.push([(lineStart[m.generatedLine - 1] ?? 0) + m.generatedColumn, origin(m.source)]));
    starts.sort((a, b) => a[0] - b[0]);
    starts.forEach(([at, from], i) => {
      const end = starts[i + 1]?.[0] ?? code.length;
      parts.set(from, (parts.get(from) ?? '') + code.slice(at, end));
    });
  }
  const rows = [...parts].map(([from, text]) => ({ from, raw: text.length, gzip: gzipSync(text, { level: 9 }).length })).toSorted((a, b) => b.raw - a.raw);
  console.log(`\nInitial JavaScript by origin (${scripts.join(', ')}): ${kb(whole).trim()} gzip in all`);
  console.log(`${'origin'.padEnd(34)} ${'minified'.padStart(9)} ${'gzip alone'.padStart(10)} ${'share'.padStart(9)}`);
  for (const r of rows) console.log(`${r.from.padEnd(34)} ${kb(r.raw)} ${kb(r.gzip).padStart(10)} ${kb((r.raw / wholeRaw) * whole)}`);
  console.log('');
} finally {
  rmSync(out, { recursive: true, force: true });
}

/** Bytes as KB, right-aligned. */
function kb(/** @type {number} */ n) {
  return `${(n / 1024).toFixed(1)} KB`.padStart(9);
}

/** A source file's origin: its npm package, the English words, or its folder under src/. */
function origin(/** @type {string | null} */ source) {
  if (!source) return '(bundler runtime)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (pkg) return pkg[1] ?? source;
  if (/src\/i18n\/catalogs\//.test(source)) return 'English words (src/i18n/catalogs)';
  const dir = /src\/([^/]+)\//.exec(source);
  return dir ? `src/${dir[1]}` : source.replace(/^.*\/src\//, 'src/');
}
