#!/usr/bin/env node
// Release files for the version in package.json, in release/ (cleared first):
//   avaya-4600-backup-editor-<version>.html      the one-file page (dist-single/index.html)
//   avaya-4600-backup-editor-<version>-site.zip  the static site (dist/) under avaya-4600-backup-editor-<version>/
//   RELEASE-NOTES.md                             CHANGELOG.md's section for the version, and what each file is
//   SHA256SUMS                                   the other three files' SHA-256 (`sha256sum -c SHA256SUMS`)
// Refuses a version CHANGELOG.md has no section for. Builds twice and fails when the two builds differ in any
// file (reproducibility check, about 10 s more); --no-verify builds once. The zip's time is the commit's
// (SOURCE_DATE_EPOCH if set, else `git log -1 --format=%ct`, else a fixed date), so its bytes depend only on the files.
//   node scripts/release.mjs [--verify | --no-verify]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { changelogSection, deterministicZip, readTree, releaseNotes, sha256, sha256Sums } from './release-lib.mjs';

const PRODUCT = 'Avaya 4600 Backup Editor';
const OUT = 'release';
/** The zip's time outside a git checkout: the first release's date, 2026-12-05T00:00:00Z. */
const FALLBACK_MTIME = 1796428800;

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--verify' && a !== '--no-verify');
if (unknown.length) fail(`Unknown option ${unknown.join(' ')}. Usage: node scripts/release.mjs [--verify | --no-verify]`);
const verify = !args.includes('--no-verify');

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(`release: ${message}`);
  process.exit(1);
}

// Paths below are the project's, wherever the script is started from.
process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const started = performance.now();
const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
/** @type {{ date: string | undefined, body: string }} */
let section;
try {
  section = changelogSection(readFileSync('CHANGELOG.md', 'utf8'), version);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

const mtime = zipTime();
if (gitDirty()) console.warn(`release: the working tree has uncommitted changes; these files are not those of a commit.`);

// Cleared first, so a failed run leaves no files of an earlier one looking current.
rmSync(OUT, { recursive: true, force: true });

const base = `${name}-${version}`;
const first = build();
if (verify) {
  console.log('\nrelease: building a second time to check that the build is reproducible…');
  const second = build();
  const paths = new Set([...first.built.keys(), ...second.built.keys()]);
  const differ = [...paths].filter((p) => first.built.get(p) !== second.built.get(p)).toSorted();
  if (differ.length) {
    fail(`two builds of the same sources differ in ${differ.length} file(s), so the release is not reproducible:\n  ${differ.join('\n  ')}`);
  }
}

const release = first.files;
mkdirSync(OUT);
for (const f of release) writeFileSync(join(OUT, f.name), f.data);
const sums = sha256Sums(release);
writeFileSync(join(OUT, 'SHA256SUMS'), sums);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`\nrelease: ${PRODUCT} ${version} in ${OUT}/ (${seconds} s${verify ? ', two builds gave the same bytes' : ', not verified'}):`);
for (const f of release) console.log(`  ${join(OUT, f.name)}  ${(f.data.length / 1024).toFixed(1)} KB`);
console.log(`  ${join(OUT, 'SHA256SUMS')}\n\nSHA256SUMS:\n${sums}\nCheck with: cd ${OUT} && sha256sum -c SHA256SUMS`);

/**
 * Both builds, then the release files made from them, in memory. `built` maps every built file (and release file)
 * to its SHA-256, for comparing two builds.
 */
function build() {
  for (const script of ['build', 'build:single']) {
    const run = spawnSync('npm', ['run', script], { stdio: 'inherit', shell: process.platform === 'win32' });
    if (run.status !== 0) fail(`npm run ${script} failed (${run.error?.message ?? `exit code ${run.status}`}).`);
  }
  const site = readTree('dist');
  const single = readTree('dist-single');
  const page = single.find((e) => e.path === 'index.html');
  if (!page) fail('npm run build:single wrote no dist-single/index.html.');
  const pageName = `${base}.html`;
  const siteName = `${base}-site.zip`;
  const notes = releaseNotes({ product: PRODUCT, version, ...section, page: pageName, site: siteName, folder: base });
  const files = [
    { name: pageName, data: page.data },
    { name: siteName, data: deterministicZip(site, { root: base, mtime }) },
    { name: 'RELEASE-NOTES.md', data: new TextEncoder().encode(notes) },
  ];
  const built = new Map([
    ...site.map((e) => /** @type {const} */ ([`dist/${e.path}`, sha256(e.data)])),
    ...single.map((e) => /** @type {const} */ ([`dist-single/${e.path}`, sha256(e.data)])),
    ...files.map((f) => /** @type {const} */ ([`${OUT}/${f.name}`, sha256(f.data)])),
  ]);
  return { files, built };
}

/** SOURCE_DATE_EPOCH (the reproducible-builds convention), else the last commit's time, else a fixed date. */
function zipTime() {
  const fromEnv = process.env.SOURCE_DATE_EPOCH;
  if (fromEnv) {
    if (!/^\d+$/.test(fromEnv)) fail(`SOURCE_DATE_EPOCH is not a number of seconds: '${fromEnv}'`);
    return Number(fromEnv);
  }
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (/^\d+$/.test(out)) return Number(out);
  } catch {
    // Not a git checkout, or no git: the fixed date below.
  }
  console.warn(`release: no git commit time; the zip's files are dated ${new Date(FALLBACK_MTIME * 1000).toISOString()}.`);
  return FALLBACK_MTIME;
}

function gitDirty() {
  try {
    return execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== '';
  } catch {
    return false;
  }
}
