// Characters that are invisible yet change what a reader sees: C0 controls and DEL (a NUL cuts a name
// short in C tools and shows as nothing in a browser), and the bidirectional overrides and isolates
// (U+202A–U+202E, U+2066–U+2069: "Trojan Source", they reorder the text around them, so a name could
// read as another firm's in the views and the briefings). Free text may hold tabs and line breaks;
// an id or a list item holds none of them. Written as code ranges, not a regular expression of
// control characters, so that the source itself shows none.

const isHidden = (code: number, breaksAllowed: boolean): boolean =>
  (code < 0x20 && !(breaksAllowed && (code === 0x09 || code === 0x0a || code === 0x0d))) ||
  code === 0x7f ||
  (code >= 0x202a && code <= 0x202e) ||
  (code >= 0x2066 && code <= 0x2069);

/** The index of the first hidden character of `s` (-1: none); `breaksAllowed` lets tabs and line breaks pass. */
export function firstHidden(s: string, breaksAllowed: boolean): number {
  for (let i = 0; i < s.length; i++) if (isHidden(s.charCodeAt(i), breaksAllowed)) return i;
  return -1;
}
