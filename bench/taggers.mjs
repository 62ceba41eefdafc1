// `node bench/taggers.mjs`: the part-of-speech support the clause model could stand on, measured on the
// labelled language sentences (development set and blind batches): the project's own tagger
// (packages/core/src/grammar/tag.ts), wink-nlp with its English model and compromise, when installed
// (`npm i --no-save wink-nlp wink-eng-lite-web-model`; compromise is a dev dependency already).
// For each: the one-time load, the time per 1,000 words once warm (for the own tagger: tagging alone, on
// sentences the linter has split and analysed anyway; wink-nlp and compromise tokenize their own text, and
// the clause model would still need their tokens aligned to its own), and how often it agrees with the own
// tagger on the question the rules ask first, "is this word a verb?" (words aligned by their text).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'packages/core/dist');
const dir = join(root, 'test/labelled/language');
const files = [
  ...readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(dir, f)),
  ...readdirSync(join(dir, 'blind'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(dir, 'blind', f)),
];
const sentences = files.flatMap((f) =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('|').at(-1).trim()),
);
const words = sentences.reduce((n, s) => n + s.split(/\s+/).length, 0);

const now = () => performance.now();
async function own() {
  const t0 = now();
  const { parseSentences } = await import(pathToFileURL(join(dist, 'document/sentences.js')).href);
  const { analyze } = await import(pathToFileURL(join(dist, 'people/detect.js')).href);
  const { tagSentence, isVerb } = await import(pathToFileURL(join(dist, 'grammar/tag.js')).href);
  const load = now() - t0;
  // The linter splits and analyses every sentence it reads anyway (retext-english, person detection): what the
  // tagger adds is tagSentence alone, so that is what is timed; the analyses are made before the clock starts.
  const analysed = new Map(
    sentences.map((text) => [
      text,
      parseSentences({ kind: 'paragraph', start: 0, end: text.length, text, prose: text, section: 0 }, 'markdown').map(
        (s) => analyze(s, {}),
      ),
    ]),
  );
  return {
    load,
    tag(text) {
      const out = [];
      for (const a of analysed.get(text) ?? []) {
        const { tags } = tagSentence(a);
        a.lx.forEach(
          (x, i) => x.kind === 'word' && out.push([x.lower, isVerb(tags[i]) || /^(MD|BE|HV|DO)$/.test(tags[i])]),
        );
      }
      return out;
    },
  };
}
async function wink() {
  const t0 = now();
  const winkNLP = (await import('wink-nlp')).default;
  const model = (await import('wink-eng-lite-web-model')).default;
  const nlp = winkNLP(model);
  const its = nlp.its;
  const load = now() - t0;
  return {
    load,
    tag(text) {
      const tokens = nlp.readDoc(text).tokens();
      const values = tokens.out(its.value);
      return tokens.out(its.pos).map((pos, i) => [values[i].toLowerCase(), /^(VERB|AUX)$/.test(pos)]);
    },
  };
}
async function compromise() {
  const t0 = now();
  const nlp = (await import('compromise')).default;
  const load = now() - t0;
  return {
    load,
    tag: (text) =>
      nlp(text)
        .json()
        .flatMap((s) =>
          s.terms.map((t) => [
            t.normal || t.text.toLowerCase(),
            t.tags.includes('Verb') || t.tags.includes('Auxiliary'),
          ]),
        ),
  };
}

function agreement(a, b) {
  // Align by word text: walk both lists, skipping words one side split differently.
  let i = 0,
    j = 0,
    same = 0,
    n = 0;
  while (i < a.length && j < b.length) {
    if (a[i][0] === b[j][0]) {
      n++;
      if (a[i][1] === b[j][1]) same++;
      i++;
      j++;
      continue;
    }
    const k = b.slice(j, j + 4).findIndex((x) => x[0] === a[i][0]);
    if (k > 0) j += k;
    else i++;
  }
  return { same, n };
}

const results = [];
const mine = await own();
const mineTags = sentences.map((s) => mine.tag(s));
for (const [name, make] of [
  ['own tagger (grammar/tag.ts)', async () => mine],
  ['wink-nlp + wink-eng-lite-web-model', wink],
  ['compromise', compromise],
]) {
  let t;
  try {
    t = await make();
  } catch (e) {
    results.push({ name, error: `not installed (${String(e.message).split('\n')[0].slice(0, 60)})` });
    continue;
  }
  for (const s of sentences.slice(0, 200)) t.tag(s); // warm-up
  const t0 = now();
  const tagged = sentences.map((s) => t.tag(s));
  const ms = now() - t0;
  let same = 0,
    n = 0;
  tagged.forEach((x, k) => {
    const r = agreement(mineTags[k], x);
    same += r.same;
    n += r.n;
  });
  results.push({
    name,
    load: name.startsWith('own') ? mine.load : t.load,
    perThousand: ms / (words / 1000),
    agree: same / Math.max(1, n),
  });
}
console.log(`${sentences.length} sentences, ${words} words`);
console.log('| tagger | load | ms per 1,000 words (warm) | agrees with own on "is it a verb?" |');
console.log('|---|---|---|---|');
for (const r of results)
  console.log(
    r.error
      ? `| ${r.name} | ${r.error} | | |`
      : `| ${r.name} | ${r.load.toFixed(0)} ms | ${r.perThousand.toFixed(2)} | ${(100 * r.agree).toFixed(1)}% |`,
  );
