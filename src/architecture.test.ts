import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * Imports go one way (../shared/architecture.md): the pure layers (format, catalog, model, display) use only each
 * other, with no React; the shared layers (shared, i18n, file-io) use no feature and not the app's wiring; the
 * session (open files, the workspace, history) sits on the pure layers and file-io, under the features; the
 * features never reach up into the app. Checked over the source's import statements.
 */

const SRC = dirname(new URL(import.meta.url).pathname);
const PURE = ['format', 'catalog', 'model', 'display'];
const SHARED = ['shared', 'i18n', 'file-io'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'compiled' ? [] : sources(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/**
 * Each import of a source file: the layer it comes from (its first folder under src/, or a package name), and for
 * the features, which feature (the folder under src/features/).
 */
const edges = sources(SRC).flatMap((file) => {
  const [from = '', fromFeature = ''] = relative(SRC, file).split('/');
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => {
    const spec = m[1] ?? '';
    const [to = '', toFeature = ''] = spec.startsWith('.') ? relative(SRC, resolve(dirname(file), spec)).split('/') : [`package:${spec}`];
    return { file: relative(SRC, file), from, to, spec, fromFeature: from === 'features' ? fromFeature : null, toFeature: to === 'features' ? toFeature : null };
  });
});

describe('architecture: imports go one way', () => {
  it('finds the imports it checks', () => {
    expect(edges.length).toBeGreaterThan(100);
    expect(edges.some((e) => e.from === 'features' && e.to === 'i18n')).toBe(true);
  });

  it('the pure layers import only each other and no React', () => {
    const bad = edges.filter((e) => PURE.includes(e.from) && !e.to.startsWith('package:') && !PURE.includes(e.to));
    const react = edges.filter((e) => PURE.includes(e.from) && e.to.startsWith('package:react'));
    expect([...bad, ...react].map((e) => `${e.file} → ${e.spec}`)).toEqual([]);
  });

  it('the shared layers import no feature and not the app', () => {
    const bad = edges.filter((e) => SHARED.includes(e.from) && (e.to === 'features' || e.to === 'app' || e.to === 'main.tsx'));
    expect(bad.map((e) => `${e.file} → ${e.spec}`)).toEqual([]);
  });

  it('the session (open files, history) uses only the pure layers and file-io: no React, no feature, not the app', () => {
    const bad = edges.filter((e) => e.from === 'session' && (e.to.startsWith('package:react') || ['features', 'app', 'main.tsx', 'shared', 'i18n'].includes(e.to)));
    expect(bad.map((e) => `${e.file} → ${e.spec}`)).toEqual([]);
    expect(edges.some((e) => e.from === 'features' && e.to === 'session'), 'the features reach open files through the session').toBe(true);
  });

  it('the features do not import each other: what two share lives in the session or the shared layer', () => {
    const bad = edges.filter((e) => e.fromFeature !== null && e.toFeature !== null && e.fromFeature !== e.toFeature);
    expect(bad.map((e) => `${e.file} → ${e.spec}`)).toEqual([]);
    // The editor's sections live under the editor.
    expect(edges.some((e) => e.file.startsWith('features/editor/speed-dial/'))).toBe(true);
  });

  it('the features do not import the app', () => {
    const bad = edges.filter((e) => e.from === 'features' && (e.to === 'app' || e.to === 'main.tsx'));
    expect(bad.map((e) => `${e.file} → ${e.spec}`)).toEqual([]);
  });
});
