/**
 * Test support (imported only by *.test.ts): the byte fixtures of ./fixtures/, made by scripts/make-fixtures.mjs.
 *
 * The pure folders compile without Node's types, so node:fs is reached through a dynamic import whose specifier
 * TypeScript does not resolve, and typed here as narrowly as the tests use it.
 */
interface Fs {
  readFileSync(path: object): Uint8Array;
  readdirSync(path: object): string[];
}
interface UrlConstructor {
  new (url: string, base: string): object;
}

const FS_MODULE: string = 'node:fs';
const fs = (await import(/* @vite-ignore */ FS_MODULE)) as Fs;
const Url = (globalThis as unknown as { URL: UrlConstructor }).URL;
const here = (import.meta as unknown as { url: string }).url;

const at = (name: string): object => new Url(`fixtures/${name}`, here);

/** A fixture's bytes, exactly as on disk, as a plain Uint8Array (what a browser's File gives). */
export function fixture(name: string): Uint8Array {
  return Uint8Array.from(fs.readFileSync(at(name)));
}

/** The file names in ./fixtures/. */
export function fixtureNames(): string[] {
  const names = fs.readdirSync(at(''));
  names.sort();
  return names;
}

/** Bytes as a string of hex pairs, for readable failure messages. */
export const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ');
