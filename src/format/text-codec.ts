/**
 * TextDecoder/TextEncoder are WHATWG globals present in every browser and in Node, but they live in the DOM
 * type library. The pure folders compile without it, so they reach the globals through these narrow types.
 */
interface TextDecoderLike {
  decode(input: Uint8Array): string;
}
interface TextEncoderLike {
  encode(input: string): Uint8Array;
}
interface Globals {
  TextDecoder: new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => TextDecoderLike;
  TextEncoder: new () => TextEncoderLike;
}
const g = globalThis as unknown as Globals;

export function newDecoder(label: string, fatal: boolean): TextDecoderLike {
  return new g.TextDecoder(label, { fatal, ignoreBOM: true });
}

const encoder = new g.TextEncoder();
export const encodeUtf8 = (text: string): Uint8Array => encoder.encode(text);
