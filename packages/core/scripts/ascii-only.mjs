// esbuild escapes non-ASCII characters in strings and identifiers but not in regular expression literals, comments
// or tagged templates (evanw/esbuild#4205 is open), so our bundles held a few hundred curly quotes and dashes. One
// non-ASCII character makes Node decode the whole file as two-byte UTF-16: reading the lint worker's 2.4 MB bundle
// took 34 ms, and read as the ASCII it now is, 16 ms; compiling it took 40 ms, now 33, on the path to a server's
// first diagnostics.
// Each such character becomes a \uXXXX escape, which means the same character in all three places: in a regular
// expression (with or without the u flag; an astral character as its escaped surrogate pair), in the String.raw
// templates that our code hands to new RegExp, and in a comment.

import { readFileSync, writeFileSync } from 'node:fs';

/** Rewrites a built bundle in place with ASCII only (the three packages' builds call it on each bundle). */
export function rewriteAscii(file) {
  writeFileSync(file, asciiOnly(readFileSync(file, 'utf8')));
}

/** `source` with every non-ASCII UTF-16 code unit written as a \uXXXX escape. */
export function asciiOnly(source) {
  let out = '';
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code < 128) continue;
    let piece = source.slice(from, i);
    // An identity escape of the character ("\’" in a regular expression without the u flag) is the character.
    let slashes = 0;
    while (slashes < piece.length && piece[piece.length - 1 - slashes] === '\\') slashes++;
    if (slashes % 2 === 1) piece = piece.slice(0, -1);
    out += `${piece}\\u${code.toString(16).padStart(4, '0')}`;
    from = i + 1;
  }
  return out + source.slice(from);
}
