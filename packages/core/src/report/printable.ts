/**
 * Text for a terminal line: control characters (C0, DEL, C1) and the bidirectional overrides are shown as
 * escapes (`\n`, `\t`, `\x1b`, `\u202e`), never sent raw. A file named `a\nb.md` would otherwise print as two
 * lines, one named `x\x1b[2J.md` would clear the screen, and one with U+202E would show its name reversed.
 * The JSON and SARIF formats escape by their own rules; github escapes what its runner reads.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0);
    return NAMED[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`);
  });
}
