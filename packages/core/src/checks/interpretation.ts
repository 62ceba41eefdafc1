import type { CheckKind } from './types.js';
import type { TimelineInterpretationParams as Params } from './schemas/generated.js';
import { interpretationParams } from './schemas/interpretation.js';
import { readTimelines } from '../document/timeline.js';
import { PhraseSet, blankQuotes } from '../document/phrase-match.js';
import { TRIGGER, interpretiveShapes } from './interpretation-grammar.js';
import { peopleOptions } from './prose.js';
import { timelineFootprint } from '../document/timeline-footprint.js';

const cache = new WeakMap<object, { set: PhraseSet; category: string[]; except: PhraseSet }>();

function compile(p: Params): { set: PhraseSet; category: string[]; except: PhraseSet } {
  let c = cache.get(p);
  if (!c) {
    const list: string[] = [];
    const category: string[] = [];
    for (const [name, phrases] of Object.entries(p.phrases))
      for (const ph of phrases) {
        list.push(ph);
        category.push(name);
      }
    c = { set: new PhraseSet(list), category, except: new PhraseSet(p.except ?? []) };
    cache.set(p, c);
  }
  return c;
}

/**
 * Timeline entries that record interpretation, a state of mind or a judgment instead of an observable
 * fact. Quoted speech is left alone: "@ana posted: 'suspect network'" is what was said, a fact.
 */
export const interpretation: CheckKind<'timeline-interpretation'> = {
  name: 'timeline-interpretation',
  footprint: timelineFootprint,
  params: interpretationParams,
  run(ctx) {
    const params = ctx.rule.params;
    const { set, category, except } = compile(params);
    const phrases = Object.values(params.phrases).flat();
    for (const t of readTimelines(ctx.doc, ctx.config.zones)) {
      // An entry is its line and its body (bullets under a time heading, sub-bullets, continuation lines).
      for (const b of t.entries.flatMap((e) => [e.block, ...e.body])) {
        // A chat log quoted as a blockquote is what people wrote at the time: a record, like quoted speech.
        if (quoted(ctx.doc.text, b.start)) continue;
        // An entry's findings depend on its own text (and the config): replayed while typing elsewhere.
        ctx.cached(b, '', (report) => {
          // In a table, only the cells that are not the time column are prose.
          const spans =
            b.kind === 'table-row' && b.cells
              ? b.cells.map((c) => ({ text: b.prose.slice(c.start - b.start, c.end - b.start), start: c.start }))
              : [{ text: b.prose, start: b.start }];
          const found: Array<{ start: number; end: number }> = [];
          for (const span of spans) {
            const text = blankQuotes(span.text);
            const excepted = except.find(text);
            for (const m of set.find(text)) {
              if (excepted.some((x) => x.start < m.end && m.start < x.end)) continue;
              const kind = category[phrases.indexOf(m.phrase)];
              const rewrite = params.rewrites?.[m.phrase];
              const start = span.start + m.start;
              const end = span.start + m.end;
              found.push({ start, end });
              report({
                start,
                end,
                data: { category: params.labels[kind] ?? kind },
                suggestions:
                  rewrite === undefined
                    ? undefined
                    : [
                        {
                          description: rewrite ? `Replace with "${rewrite}"` : 'Remove the word',
                          start,
                          end: rewrite ? end : end + (/\s/.test(ctx.doc.text[end] ?? '') ? 1 : 0),
                          text: rewrite,
                        },
                      ],
              });
            }
          }
          // Shapes the phrase list cannot hold: parsed only when a word that can open one is in the entry.
          const blanked = blankQuotes(b.prose);
          if (!TRIGGER.test(blanked)) return;
          const options = peopleOptions(ctx.config, ctx.doc);
          for (const sentence of ctx.doc.sentences(b)) {
            if (!TRIGGER.test(blankQuotes(sentence.text))) continue;
            for (const f of interpretiveShapes(sentence, options)) {
              if (found.some((x) => x.start < f.end && f.start < x.end)) continue;
              // Quoted speech is what was said: a record.
              if (!blanked.slice(f.start - b.start, f.end - b.start).trim()) continue;
              if (blanked.slice(f.start - b.start, f.end - b.start) !== ctx.doc.text.slice(f.start, f.end)) continue;
              found.push(f);
              report({ start: f.start, end: f.end, data: { category: params.labels[f.kind] ?? f.kind } });
            }
          }
        });
      }
    }
  },
};

/** True when the line a block starts on is inside a blockquote (`> …`). */
function quoted(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return /^[ \t]*>/.test(text.slice(lineStart, at));
}
