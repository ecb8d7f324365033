/**
 * A text as Find and the fleet's filter compare it: in Unicode's composed form (NFC), then in one letter case by
 * the full case mapping. A file or a folder may hold "é" as e and a combining accent (macOS writes names so, and
 * some tools labels) where the user types one "é"; "STRASSE" in capitals is how "Straße" is written, and
 * toLowerCase alone keeps "ß" and "ss" apart (toUpperCase makes "ß" "SS"). Applied to both the query and the text,
 * and to a text once, when what is searched is built, not at each key the user types.
 */
export function fold(text: string): string {
  // ASCII (nearly every line of a backup: numbers, addresses, settings' values) is in NFC already and has no letter
  // whose capital lower-cases to another: toLowerCase alone gives the same, at what it cost before.
  return /[\u0080-\uffff]/.test(text) ? text.normalize('NFC').toUpperCase().toLowerCase() : text.toLowerCase();
}
