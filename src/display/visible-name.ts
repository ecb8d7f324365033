/**
 * File names as the user must see them. A name can hold characters that draw nothing or turn the text around:
 * U+202E (right-to-left override) makes `4321_\u202Etxt.atad0264` read as a backup name it is not. Such
 * characters are shown as their code point in brackets (`[U+202E]`), so what is on screen is what the name is.
 * (Not as `\u202E`: Lingui turns such an escape in a message's result back into the character.) Hand-written
 * because it is a short fixed list (controls, bidi marks and overrides, zero-width and byte-order marks).
 */
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;

const code = (c: string): string => `[U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}]`;

/** `name` with each hidden or direction-changing character written as its code. */
export const visibleName = (name: string): string => name.replace(HIDDEN, code);

/**
 * A setting's name as a line writes it, shown so that what is on screen is what the phone reads: as visibleName, and
 * every white space other than the plain space (a no-break space, U+3000) as its code too, for a name that differs from
 * a known one only by such a character ("Call[U+00A0]Timer") reads the same as it otherwise.
 */
export const visibleLineName = (name: string): string => visibleName(name).replace(/[^\S ]/g, code);

/** Whether `name` holds a character visibleName writes as a code. */
export const hasHiddenCharacters = (name: string): boolean => visibleName(name) !== name;
