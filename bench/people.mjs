// Cost of person detection against the parse it runs on, per 1,000 words, and whether compromise's person
// tagging would do better than our heuristic (roster, handles, capitalisation + common-word lexicon).
//   node --expose-gc bench/people.mjs   (after `npm run build`; reads packages/core/dist)
// Text: examples/, the labelled language set, and ../shared/corpus/postmortems when it is there.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { parseDocument } = await import(`${root}/packages/core/dist/document/parse.js`);
const { analyze } = await import(`${root}/packages/core/dist/people/index.js`);
// The uncached sentence parser: doc.sentences() is memoised by block content, which would make every round
// after the first a cache hit and the parse look free.
const { parseSentences } = await import(`${root}/packages/core/dist/document/sentences.js`);

function texts() {
  const out = [];
  const read = (dir, re) =>
    existsSync(dir) &&
    readdirSync(dir)
      .filter((f) => re.test(f))
      .forEach((f) => out.push(readFileSync(`${dir}/${f}`, 'utf8')));
  read(`${root}/examples`, /\.(md|txt)$/);
  read(`${root}/test/labelled/language`, /\.txt$/);
  read(`${root}/../shared/corpus/postmortems`, /\.md$/);
  return out.map((t) => t.replace(/^[+-][a-z-]+ \| /gm, ''));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const docsText = texts();
const words = docsText.join(' ').split(/\s+/).filter(Boolean).length;

// Parse alone: blocks and sentences (what every language rule needs anyway).
function parseAll() {
  const sentences = [];
  for (const text of docsText) {
    const doc = parseDocument(text);
    for (const b of doc.blocks)
      if (b.kind !== 'heading' && !b.split) sentences.push(...parseSentences(b, doc.language));
  }
  return sentences;
}
// Parse and detection are timed in alternation (11 rounds, medians) so that load on a shared machine hits both alike.
const parseTimes = [];
const peopleTimes = [];
let sentences = [];
let persons = 0;
// With --expose-gc, collect before each timed part so neither pays for the other's garbage.
const gc = globalThis.gc ?? (() => {});
for (let i = 0; i < 11; i++) {
  gc();
  let t = performance.now();
  sentences = parseAll();
  parseTimes.push(performance.now() - t);
  gc();
  t = performance.now();
  persons = 0;
  let prev = [];
  for (const s of sentences) {
    const a = analyze(s, {}, prev);
    prev = a.mentions;
    persons += a.mentions.filter((m) => m.kind === 'person').length;
  }
  peopleTimes.push(performance.now() - t);
}
const per1k = (ms) => (ms / words) * 1000;
const parse = per1k(median(parseTimes));
const people = per1k(median(peopleTimes));
console.log(
  `text: ${docsText.length} documents, ${words} words, ${sentences.length} sentences, ${persons} person mentions`,
);
console.log(`parse (blocks + sentences): ${parse.toFixed(3)} ms / 1,000 words`);
console.log(
  `person detection:           ${people.toFixed(3)} ms / 1,000 words  (${((people / parse) * 100).toFixed(1)}% of the parse; budget 50%)`,
);

// Heuristic against compromise on the hand-labelled mentions (test/people/mentions.txt).
const lines = readFileSync(`${root}/test/people/mentions.txt`, 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'));
const gold = lines.map((raw) => {
  const names = [];
  const text = raw.replace(/\[\[(.+?)\]\]/g, (_, n) => (names.push(n), n));
  return { text, names };
});
const labelWords = gold.reduce((n, g) => n + g.text.split(/\s+/).length, 0);
const strip = (s) =>
  s
    .replace(/['’]s$/, '')
    .replace(/[.,;:!?]+$/, '')
    .trim();
function score(name, find) {
  let tp = 0,
    fp = 0,
    fn = 0;
  const t = performance.now();
  const found = gold.map((g) => find(g.text).map(strip));
  const ms = performance.now() - t;
  gold.forEach((g, i) => {
    const got = [...found[i]];
    for (const n of g.names) {
      const k = got.indexOf(strip(n));
      if (k >= 0) tp++, got.splice(k, 1);
      else fn++;
    }
    fp += got.length;
  });
  console.log(
    `${name.padEnd(28)} precision ${(tp / (tp + fp)).toFixed(3)}  recall ${(tp / (tp + fn)).toFixed(3)}  ${((ms / labelWords) * 1000).toFixed(2)} ms / 1,000 words`,
  );
}
const docOf = (text) => {
  const doc = parseDocument(text);
  return doc.blocks.filter((b) => b.kind !== 'heading' && !b.split).flatMap((b) => doc.sentences(b));
};
score('heuristic (people/)', (text) =>
  docOf(text).flatMap((s) =>
    analyze(s, {})
      .mentions.filter((m) => m.kind === 'person')
      .map((m) => m.text),
  ),
);
try {
  const t = performance.now();
  const nlp = (await import('compromise')).default;
  const load = performance.now() - t;
  score('compromise .people()', (text) => nlp(text).people().out('array'));
  console.log(`compromise load: ${load.toFixed(0)} ms`);
} catch {
  console.log('compromise is not installed (it is a dev dependency): comparison skipped');
}
