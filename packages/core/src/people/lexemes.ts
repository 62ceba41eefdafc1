import type { Sentence } from '../document/types.js';
import type { Lexeme } from './types.js';

/**
 * The sentence as person detection walks it: words, masked spans (inline code, URLs) and punctuation,
 * whitespace dropped but remembered. "@" glued to the next word becomes one `handle` token, so
 * "@kim" and "@infra-team" are single tokens whatever the tokenizer did with the symbol.
 */
export function lex(sentence: Sentence): Lexeme[] {
  const out: Lexeme[] = [];
  let space = true;
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'whitespace') {
      space = true;
      continue;
    }
    const next = tokens[i + 1];
    if (t.kind !== 'word' && t.text === '@' && next && next.kind === 'word' && next.start === t.end) {
      // Join "@" + "infra" + "-" + "team" when the tokenizer split the handle.
      let end = next.end;
      let j = i + 1;
      while (
        tokens[j + 1] &&
        tokens[j + 2] &&
        tokens[j + 1]!.text === '-' &&
        tokens[j + 1]!.start === end &&
        tokens[j + 2]!.kind === 'word'
      ) {
        end = tokens[j + 2]!.end;
        j += 2;
      }
      const text = sentence.text.slice(t.start - sentence.start, end - sentence.start);
      out.push({ kind: 'handle', text, lower: text.toLowerCase(), start: t.start, end, spaceBefore: space });
      i = j;
    } else if (t.kind === 'word' && t.text.startsWith('@') && t.text.length > 1) {
      out.push({
        kind: 'handle',
        text: t.text,
        lower: t.text.toLowerCase(),
        start: t.start,
        end: t.end,
        spaceBefore: space,
      });
    } else if (
      t.kind === 'word' &&
      /^\d+$/.test(t.text) &&
      /^[,.]$/.test(next?.text ?? '') &&
      next!.start === t.end &&
      /^\d{3}$/.test(tokens[i + 2]?.text ?? '') &&
      tokens[i + 2]!.start === next!.end
    ) {
      // "3,000 SIMs", "12,000 items": one number, not a clause break.
      let end = tokens[i + 2]!.end;
      let j = i + 2;
      while (
        tokens[j + 1]?.text === next!.text &&
        tokens[j + 1]!.start === end &&
        /^\d{3}$/.test(tokens[j + 2]?.text ?? '') &&
        tokens[j + 2]!.start === tokens[j + 1]!.end
      )
        end = tokens[(j += 2)]!.end;
      const text = sentence.text.slice(t.start - sentence.start, end - sentence.start);
      out.push({ kind: 'word', text, lower: text, start: t.start, end, spaceBefore: space });
      i = j;
    } else {
      const kind =
        t.kind === 'word' ? 'word' : t.kind === 'masked' ? 'masked' : t.kind === 'punctuation' ? 'punct' : 'symbol';
      out.push({ kind, text: t.text, lower: t.text.toLowerCase(), start: t.start, end: t.end, spaceBefore: space });
    }
    space = false;
  }
  return out;
}

/** Strip a possessive ending: "Zhang's" -> "Zhang", "James'" -> "James". */
export function unpossess(text: string): { base: string; possessive: boolean } {
  // String tests, not a regex: this runs on every word of every candidate sentence.
  const n = text.length;
  const last = text.charCodeAt(n - 1);
  if (n > 2 && (last === 115 || last === 83) && isApostrophe(text.charCodeAt(n - 2)))
    return { base: text.slice(0, -2), possessive: true };
  if (n > 2 && isApostrophe(last) && (text.charCodeAt(n - 2) === 115 || text.charCodeAt(n - 2) === 83))
    return { base: text.slice(0, -1), possessive: true };
  return { base: text, possessive: false };
}

const isApostrophe = (c: number): boolean => c === 39 || c === 8217;

/** Does a clause or sentence boundary fall right before token i? */
export function boundaryBefore(lx: Lexeme[], i: number): boolean {
  if (i === 0) return true;
  const prev = lx[i - 1]!;
  return (prev.kind === 'punct' || prev.kind === 'symbol') && /^[:;([“"'‘—–-]+$|^[-*•>]$/u.test(prev.text);
}

/** A timestamp-like word ("14:20", "03:14Z", "2026-03-04"). */
export function isTimeWord(text: string): boolean {
  // Both shapes open with a digit: most words are ruled out without a regex (the tagger asks of every word).
  const c = text.charCodeAt(0);
  if (!(c >= 48 && c <= 57)) return false;
  return /^\d{1,4}([:.\-/]\d{1,2})+([:.]\d+)?(z|utc|am|pm)?$/iu.test(text) || /^\d{1,2}(am|pm)$/iu.test(text);
}
