/**
 * Where JSON text first goes wrong. V8 reports a position for some syntax errors only (not for
 * "Unexpected token"), so a small scanner of the JSON grammar finds the offset the user must look at.
 * Runs only after JSON.parse has failed, so it never costs anything on a valid file.
 */

class Stop {
  constructor(readonly offset: number) {}
}

/** Offset of the first character of `text` that breaks the JSON grammar (its length when the text ends too early). */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const expect = (ch: string) => {
    if (text[i] !== ch) throw new Stop(i);
    i++;
  };
  const string = () => {
    expect('"');
    while (i < text.length && text[i] !== '"') {
      const c = text.charCodeAt(i);
      if (c < 0x20) throw new Stop(i);
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          for (let k = 0; k < 4; k++) if (!/[0-9a-fA-F]/.test(text[++i] ?? '')) throw new Stop(i);
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) throw new Stop(i);
      }
      i++;
    }
    expect('"');
  };
  // Char by char, so the offset is the first character that cannot continue the number (as V8 reports).
  const digits = () => {
    if (!/[0-9]/.test(text[i] ?? '')) throw new Stop(i);
    while (/[0-9]/.test(text[i] ?? '')) i++;
  };
  const number = () => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits();
    if (text[i] === '.') {
      i++;
      digits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits();
    }
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        string();
        ws();
        expect(':');
        value();
        ws();
        if (text[i] === ',') i++;
        else return expect('}');
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else return expect(']');
      }
    }
    if (c === '"') return string();
    const word = c === 't' ? 'true' : c === 'f' ? 'false' : c === 'n' ? 'null' : undefined;
    if (word) {
      for (const ch of word) expect(ch);
      return;
    }
    number();
  };
  try {
    value();
    ws();
    return Math.min(i, text.length);
  } catch (error) {
    if (error instanceof Stop) return error.offset;
    return text.length; // nesting too deep for the scanner: point at the end
  }
}
