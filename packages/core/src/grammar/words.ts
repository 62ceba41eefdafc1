// Closed classes of English and the irregular verbs: grammar, not rule vocabulary. The open classes (which
// words can be verbs, which nouns name people) are generated into people/lexicon-data.ts.

const set = (s: string): ReadonlySet<string> => new Set(s.split(' '));

export const DETERMINERS = set(
  'the a an this that these those each every any some no another all both either neither such much many few several',
);
export const POSSESSIVE_PRONOUNS = set('my our your his her its their');
/** Pronouns that can be a clause's subject. */
export const SUBJECT_PRONOUNS = set('i we you he she it they');
export const OBJECT_PRONOUNS = set(
  'me us him them myself ourselves yourself yourselves himself herself itself themselves',
);
export const INDEFINITE_PEOPLE = set('someone somebody anyone anybody everyone everybody nobody none whoever');
export const RELATIVES = set('who whom which whose');
/** Free relatives and clefts: "that's what took it down", "is why the tables locked". */
export const FREE_RELATIVES = set('what why how');
export const MODALS = set(
  "should could would might must may can will shall ought shouldn't couldn't wouldn't mightn't mustn't can't cannot won't shan't should've could've would've might've must've",
);
export const BE = set("is are was were be been being am isn't aren't wasn't weren't 're 'm");
export const HAVE = set("have has had having haven't hasn't hadn't 've");
export const DO = set("do does did doing don't doesn't didn't");
export const NEGATIONS = set("not never n't no-longer");
export const PREPOSITIONS = set(
  'of in on at by for from with without into onto over under about through across via per during against among amongst ' +
    'between within toward towards upon around behind beyond despite like near off up down out inside outside past throughout ' +
    'beside besides along amid onto unlike versus vs following regarding concerning including excluding',
);
export const COORDINATORS = set('and or but nor plus');
/** Words that open a subordinate clause. "after", "before", "since", "until" are also prepositions. */
export const SUBORDINATORS = set(
  'because since when while although though if unless whereas so once until whether after before as where whenever wherever',
);
/** Adverbs that do not end in -ly and sit inside verb groups or clauses. */
export const ADVERBS = set(
  'also then just still even again already only almost never ever soon later often sometimes always now once twice perhaps maybe ' +
    'quite rather too very so really somehow anyway instead together alone ahead back away thus therefore hence however meanwhile ' +
    'afterwards afterward yet first enough else here there indeed otherwise nonetheless nevertheless consequently subsequently ' +
    'pretty fairly totally completely super kinda sorta somewhat straight right directly literally basically actually honestly apparently',
);
/** Particles of phrasal verbs ("took down", "rolled back", "shrugged off"). */
export const PARTICLES = set('down up out off over back away in on through around aside offline');

/** Irregular verbs: base, past, participle (several forms with "/"). */
const IRREGULAR = (
  'arise arose arisen|awake awoke awoken|be was/were been|bear bore borne|beat beat beaten|become became become|begin began begun|' +
  'bend bent bent|bet bet bet|bind bound bound|bite bit bitten|bleed bled bled|blow blew blown|break broke broken|breed bred bred|' +
  'bring brought brought|broadcast broadcast broadcast|build built built|burn burnt/burned burnt/burned|burst burst burst|buy bought bought|' +
  'cast cast cast|catch caught caught|choose chose chosen|cling clung clung|come came come|cost cost cost|creep crept crept|cut cut cut|' +
  'deal dealt dealt|dig dug dug|do did done|draw drew drawn|dream dreamt/dreamed dreamt/dreamed|drink drank drunk|drive drove driven|' +
  'eat ate eaten|fall fell fallen|feed fed fed|feel felt felt|fight fought fought|find found found|flee fled fled|fly flew flown|' +
  'forbid forbade forbidden|forecast forecast forecast|forget forgot forgotten|forgive forgave forgiven|freeze froze frozen|get got got/gotten|' +
  'give gave given|go went gone|grind ground ground|grow grew grown|hang hung hung|have had had|hear heard heard|hide hid hidden|' +
  'hit hit hit|hold held held|hurt hurt hurt|keep kept kept|know knew known|lay laid laid|lead led led|lean leant/leaned leant/leaned|' +
  'leap leapt/leaped leapt/leaped|learn learnt/learned learnt/learned|leave left left|lend lent lent|let let let|lie lay lain|light lit lit|' +
  'lose lost lost|make made made|mean meant meant|meet met met|mislead misled misled|misread misread misread|mistake mistook mistaken|' +
  'misunderstand misunderstood misunderstood|overcome overcame overcome|overdo overdid overdone|override overrode overridden|' +
  'overrun overran overrun|oversee oversaw overseen|overtake overtook overtaken|overwrite overwrote overwritten|pay paid paid|' +
  'prove proved proven/proved|put put put|quit quit quit|read read read|rebuild rebuilt rebuilt|redo redid redone|rerun reran rerun|' +
  'reset reset reset|rewrite rewrote rewritten|rid rid rid|ride rode ridden|ring rang rung|rise rose risen|run ran run|say said said|' +
  'see saw seen|seek sought sought|sell sold sold|send sent sent|set set set|shake shook shaken|shed shed shed|shine shone shone|' +
  'shoot shot shot|show showed shown|shrink shrank shrunk|shut shut shut|sing sang sung|sink sank sunk|sit sat sat|sleep slept slept|' +
  'slide slid slid|slit slit slit|speak spoke spoken|speed sped sped|spend spent spent|spill spilt/spilled spilt/spilled|spin spun spun|' +
  'split split split|spread spread spread|spring sprang sprung|stand stood stood|steal stole stolen|stick stuck stuck|sting stung stung|' +
  'strike struck struck|strive strove striven|swear swore sworn|sweep swept swept|swing swung swung|take took taken|teach taught taught|' +
  'tear tore torn|tell told told|think thought thought|throw threw thrown|undergo underwent undergone|understand understood understood|' +
  'undertake undertook undertaken|undo undid undone|unwind unwound unwound|uphold upheld upheld|upset upset upset|wake woke woken|' +
  'wear wore worn|weave wove woven|win won won|wind wound wound|withdraw withdrew withdrawn|write wrote written|misconfigure misconfigured misconfigured|' +
  'input input input|output output output|upload uploaded uploaded|forego forewent foregone|foresee foresaw foreseen|misspell misspelt/misspelled misspelt/misspelled'
).split('|');

/** Irregular past forms and participles -> base; and which of the two each form can be. */
export const IRREGULAR_FORMS: ReadonlyMap<string, { base: string; past: boolean; participle: boolean }> = (() => {
  const out = new Map<string, { base: string; past: boolean; participle: boolean }>();
  for (const entry of IRREGULAR) {
    const [base, past, participle] = entry.split(' ') as [string, string, string];
    for (const f of past.split('/')) out.set(f, { base, past: true, participle: out.get(f)?.participle ?? false });
    for (const f of participle.split('/')) out.set(f, { base, past: out.get(f)?.past ?? false, participle: true });
  }
  // "read", "cut", "put": base forms too; the tagger decides by context.
  return out;
})();

export const IRREGULAR_BASES: ReadonlySet<string> = new Set(IRREGULAR.map((e) => e.split(' ')[0]!));

/** Words ending in -ing that are nouns or prepositions, not gerunds. */
export const ING_NOUNS = set(
  'thing things nothing something anything everything string strings ring rings king kings spring wing wings morning mornings evening ' +
    'evenings ceiling during bring sibling darling pudding wedding sterling swing sling sting ping pings ding offspring tooling',
);
/** Words ending in -ed that are not verb forms. */
export const ED_NOUNS = set(
  'need needs speed seed feed bed red shed breed hundred kindred sacred naked wicked rugged ragged sled shred embed',
);
/** Words ending in -ly that are not adverbs. */
export const LY_NOT_ADVERBS = set(
  'family reply apply supply rely fly ally italy july anomaly assembly friendly lonely lovely ugly silly holy jelly belly bully rally ' +
    'tally folly holly poly monopoly costly timely orderly elderly comply multiply',
);
