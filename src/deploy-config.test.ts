import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The server settings we ship (public/web.config, copied into every build) and the ones the deployment guide
 * (docs/deploy.md) tells administrators to paste must say what the page needs, and carry the same
 * Content-Security-Policy as index.html's <meta> tag, so the header and the tag never drift apart.
 */

const ROOT = join(dirname(new URL(import.meta.url).pathname), '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

// jsdom ships no type declarations (and @types/jsdom is not installed): type the little this test uses.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string) => { window: { DOMParser: typeof DOMParser } } };
const parser = new new JSDOM('').window.DOMParser();

/** The document, or the parser's error message when the text is not well-formed XML. */
function parseXml(text: string): { doc: Document; error: string | null } {
  const doc = parser.parseFromString(text, 'application/xml');
  return { doc, error: doc.getElementsByTagName('parsererror')[0]?.textContent ?? null };
}

const indexCsp = parser
  .parseFromString(read('index.html'), 'text/html')
  .querySelector('meta[http-equiv="Content-Security-Policy"]')
  ?.getAttribute('content');

/**
 * The header the servers send: index.html's policy, and `frame-ancestors 'none'`, which a <meta> tag cannot carry (a
 * browser ignores it there, and says so in the console): no other site frames the editor (clickjacking).
 */
const headerCsp = `${indexCsp}; frame-ancestors 'none'`;

const webConfigText = read('public/web.config');
const webConfig = parseXml(webConfigText).doc;

/** Direct children of `parent` with this tag name. */
const children = (parent: Element | Document, tag: string) => Array.from(parent.children).filter((e) => e.tagName === tag);
const child = (parent: Element | Document, ...path: string[]): Element | undefined =>
  path.reduce<Element | Document | undefined>((at, tag) => (at ? children(at, tag)[0] : undefined), parent) as Element | undefined;

const configuration = child(webConfig, 'configuration');
const site = configuration && child(configuration, 'system.webServer');

const pathOf = (location: Element) => location.getAttribute('path') ?? '';

/** The clientCache mode IIS uses for a file in the folder: the <location> for its path or its folder, else the site's. */
function cacheModeFor(file: string): string | null | undefined {
  const locations = configuration ? children(configuration, 'location') : [];
  const match = locations
    .filter((l) => pathOf(l) === file || file.startsWith(`${pathOf(l)}/`))
    .reduce<Element | undefined>((best, l) => (best && pathOf(best).length >= pathOf(l).length ? best : l), undefined);
  const scope = match ? child(match, 'system.webServer') : site;
  return scope && child(scope, 'staticContent', 'clientCache')?.getAttribute('cacheControlMode');
}

/** The fenced code blocks of a Markdown text with this language tag. */
const codeBlocks = (markdown: string, lang: string) =>
  [...markdown.matchAll(new RegExp(`^\`\`\`${lang}\\n([\\s\\S]*?)^\`\`\`$`, 'gm'))].map((m) => m[1] ?? '');

const guide = read('docs/deploy.md');

describe('the shipped IIS web.config', () => {
  it('the XML check notices a file that is not well-formed', () => {
    expect(parseXml('<configuration><system.webServer></configuration>').error).toBeTruthy();
    expect(parseXml('<configuration a="1" a="2"/>').error).toBeTruthy();
    expect(parseXml('<configuration/>').error).toBeNull();
  });

  it('is well-formed XML with <configuration><system.webServer>', () => {
    expect(parseXml(webConfigText).error).toBeNull();
    expect(site).toBeDefined();
  });

  it.each([
    ['.webmanifest', 'application/manifest+json'],
    // A site's format profile, beside index.html (IIS 7.5 does not know the type).
    ['.json', 'application/json'],
  ])('maps %s to %s, removing any server-level entry first', (ext, type) => {
    const staticContent = site && child(site, 'staticContent');
    const entries = staticContent ? Array.from(staticContent.children) : [];
    const removeAt = entries.findIndex((e) => e.tagName === 'remove' && e.getAttribute('fileExtension') === ext);
    const addAt = entries.findIndex((e) => e.tagName === 'mimeMap' && e.getAttribute('fileExtension') === ext);
    expect(entries[addAt]?.getAttribute('mimeType')).toBe(type);
    expect(removeAt).toBeGreaterThanOrEqual(0);
    expect(removeAt).toBeLessThan(addAt);
  });

  it('sends no-cache for index.html, sw.js and manifest.webmanifest, and long caching for assets/', () => {
    expect(cacheModeFor('index.html')).toBe('DisableCache');
    expect(cacheModeFor('sw.js')).toBe('DisableCache');
    expect(cacheModeFor('manifest.webmanifest')).toBe('DisableCache');
    expect(cacheModeFor('assets/index-HhNBhRLo.js')).toBe('UseMaxAge');
  });

  it('has index.html as its default document', () => {
    const files = site ? child(site, 'defaultDocument', 'files') : undefined;
    const added = files ? children(files, 'add').map((e) => e.getAttribute('value')) : [];
    expect(added).toContain('index.html');
  });

  it("sends index.html's Content-Security-Policy as a header, with frame-ancestors 'none', and nosniff", () => {
    const headers = site ? child(site, 'httpProtocol', 'customHeaders') : undefined;
    const header = (name: string) => (headers ? children(headers, 'add') : []).find((e) => e.getAttribute('name') === name)?.getAttribute('value');
    expect(indexCsp).toMatch(/^default-src 'self';/);
    expect(indexCsp).not.toContain('frame-ancestors');
    expect(header('Content-Security-Policy')).toBe(headerCsp);
    expect(header('X-Content-Type-Options')).toBe('nosniff');
  });
});

describe("index.html's Content-Security-Policy", () => {
  it('lets nothing run that is not one of the page’s own files, and the page talk to no other server', () => {
    const directives = new Map((indexCsp ?? '').split(';').map((d) => d.trim().split(/\s+/)).map(([name = '', ...sources]) => [name, sources]));
    // No inline script or style, no eval, no other origin, no scheme a page could load code or send data through.
    for (const sources of directives.values()) for (const source of sources) expect(["'self'", "'none'", 'data:']).toContain(source);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    for (const name of ['default-src', 'object-src', 'base-uri', 'form-action', 'worker-src']) expect(directives.has(name)).toBe(true);
    expect(directives.get('object-src')).toEqual(["'none'"]);
  });
});

describe('the deployment guide', () => {
  it('shows public/web.config as it is', () => {
    expect(codeBlocks(guide, 'xml')).toEqual([webConfigText]);
  });

  it("states index.html's Content-Security-Policy, with frame-ancestors 'none', as the header to send", () => {
    expect(codeBlocks(guide, 'text')).toContain(`Content-Security-Policy: ${headerCsp}\n`);
  });

  it.each(['nginx', 'apache'])("gives the %s snippet with index.html's Content-Security-Policy and the manifest's type", (lang) => {
    const blocks = codeBlocks(guide, lang);
    expect(blocks).toHaveLength(1);
    const snippet = blocks[0] ?? '';
    const csps = [...snippet.matchAll(/Content-Security-Policy "([^"]*)"/g)].map((m) => m[1]);
    expect(csps).toEqual([headerCsp]);
    expect(snippet).toContain('application/manifest+json');
    expect(snippet).toContain('"no-cache"');
  });
});
