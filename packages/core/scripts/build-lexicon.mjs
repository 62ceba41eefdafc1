// Writes src/people/lexicon-data.ts from compromise's lexicon (MIT, a devDependency): the common English
// words (a capitalised one at a sentence start is not a name) and the personal names it knows. Run by hand
// when compromise is upgraded; the output is committed data so the lint path never loads compromise (200 ms).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';

const lexicon = nlp.model().one.lexicon;
const words = [];
const names = [];
for (const [word, tag] of Object.entries(lexicon)) {
  if (!/^[a-z][a-z'-]*$/.test(word)) continue;
  if (/Name|Person|Honorific/.test(tag)) names.push(word);
  else words.push(word);
}
words.sort();
names.sort();
const out = fileURLToPath(new URL('../src/people/lexicon-data.ts', import.meta.url));
writeFileSync(
  out,
  `// Derived from the lexicon of compromise ${nlp.version} (MIT licence) by scripts/build-lexicon.mjs. Do not edit.\n` +
    `/** Common English words (lower case), space separated. */\n` +
    `export const englishWords = ${JSON.stringify(words.join(' '))};\n` +
    `/** Personal names (lower case), space separated. */\n` +
    `export const personalNames = ${JSON.stringify(names.join(' '))};\n`,
);
console.log(`${words.length} words, ${names.length} names`);
