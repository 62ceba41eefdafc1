import type { SectionKind } from '../types.js';
import { flat } from '../engine/block-cache.js';
import { BoundedCache, bytes, MB } from '../engine/bounded-cache.js';
import { modelHeadingKind } from './heading-model.js';

/** Built-in heading aliases; config `sections` adds more. Matched case-insensitively on the heading's words. */
export const defaultSectionAliases: Record<SectionKind, string[]> = {
  summary: [
    'summary',
    'executive summary',
    'overview',
    'tl;dr',
    'tldr',
    'incident summary',
    'abstract',
    'description',
    'in short',
    'in brief',
    'short version',
    // The section names of teams that head their English postmortems in their own language.
    'resumen',
    'resumen ejecutivo',
    'résumé',
    'resume',
    'synthèse',
    'resumo',
    'sumário',
    'zusammenfassung',
    'kurzfassung',
    'crynodeb',
    'riepilogo',
    'sommario',
    'samenvatting',
    'podsumowanie',
    'streszczenie',
    'összefoglaló',
    'összefoglalás',
    'in het kort',
    'kort',
    'in breve',
    'σύνοψη',
    'περίληψη',
    'buod',
    '요약',
    '개요',
    'yhteenveto',
    'tiivistelmä',
    'tóm tắt',
    'tóm tắt sự cố',
    'ringkasan',
    'ringkasan insiden',
    'ringkasan eksekutif',
    'ikhtisar',
    'rangkuman',
    'povzetek',
    'bref',
    'sammenfatning',
    'resumé af hændelsen',
    'hændelsen',
    'hendelsen',
    'händelsen',
    'muhtasari',
    'achoimre',
    'krótko',
    'krótko mówiąc',
    'w skrócie',
    'synthesis',
    'bluf',
    'sommaire',
    'sommaire exécutif',
    'en bref',
    'précis',
    'sintesi',
    'özet',
    'sammendrag',
    'sammanfattning',
    'oppsummering',
    'resumé',
    '摘要',
    '概要',
    '概述',
    '总结',
    '總結',
  ],
  timeline: [
    'timeline',
    'sequence of events',
    'chronology',
    'incident timeline',
    'detailed timeline',
    'timeline of events',
    'cronología',
    'cronologia',
    'chronologie',
    'línea de tiempo',
    'linha do tempo',
    'zeitleiste',
    'zeitablauf',
    'oś czasu',
    'tijdlijn',
    'cronologia degli eventi',
    'zaman çizelgesi',
    'tidslinje',
    'aikajana',
    'kronologi',
    'kronologi kejadian',
    'linimasa',
    'časovnica',
    'potek dogodkov',
    'dòng thời gian',
    'tidslinjen',
    '时间线',
    '時間線',
    '时间轴',
    '時間軸',
    '経緯',
    'タイムライン',
  ],
  'contributing-factors': [
    'contributing factors',
    'contributing factor',
    'root cause',
    'root causes',
    'causes',
    'root cause analysis',
    'what went wrong',
    'trigger',
    'why did it happen',
    'why',
    'why it happened',
    'factores',
    'factores contribuyentes',
    'factores que contribuyeron',
    'causas',
    'causa raíz',
    'facteurs',
    'facteurs contributifs',
    'causes racines',
    'fatores',
    'fatores contribuintes',
    'causa raiz',
    'ursachen',
    'einflussfaktoren',
    'beitragende faktoren',
    'ursache',
    'sebepler',
    'causes profondes',
    'közreműködő tényezők',
    'okok',
    'bijdragende factoren',
    'αίτια',
    'παράγοντες που συνέβαλαν',
    'sanhi',
    '원인',
    '기여 요인',
    '근본 원인',
    'mitwirkende faktoren',
    'warum',
    'syyt',
    'juurisyy',
    'juurisyyt',
    'faktor penyebab',
    'penyebab',
    'akar masalah',
    'akar penyebab',
    'faktor yang berkontribusi',
    'vzroki',
    'vzrok',
    'prispevajoči dejavniki',
    'bidragende faktorer',
    'medvirkende faktorer',
    'bidragande faktorer',
    'medverkande faktorer',
    'tekijät',
    'myötävaikuttaneet tekijät',
    'nguyên nhân',
    'nguyên nhân gốc',
    'nguyên nhân góp phần',
    'sababu',
    'mambo yaliyochangia',
    'cúiseanna',
    'przyczyny',
    'co zawiodło',
    'dlaczego to się stało',
    'oorzaken',
    'cause',
    'cause principali',
    'fattori',
    'fattori contribuenti',
    'le pourquoi',
    'nedenler',
    'kök neden',
    'årsaker',
    'medvirkende årsaker',
    'orsaker',
    'bidragande orsaker',
    'årsager',
    'medvirkende årsager',
    'rotårsak',
    'grundorsak',
    '原因',
    '原因分析',
    '根本原因',
    '根因',
    '根因分析',
    '要因',
    '要因分析',
    '真因',
  ],
  lessons: [
    'what we learned',
    'lessons learned',
    'lessons',
    'learnings',
    'what went well',
    'takeaways',
    'lessons learnt',
    'lecciones aprendidas',
    'lecciones',
    'opit',
    'eftertanke',
    'lecciones del incidente',
    'gwersi',
    'aprendizajes',
    'leçons apprises',
    'leçons retenues',
    "retour d'expérience",
    'enseignements',
    'lições aprendidas',
    'lições',
    'aprendizados',
    'erkenntnisse',
    'lehren',
    'wnioski',
    'lekcje',
    'hva lærte vi',
    'hva vi lærte',
    'qué nos llevamos',
    'tanulságok',
    'mit tanultunk',
    'συμπεράσματα',
    'διδάγματα',
    'insegnamenti',
    'schlussfolgerungen',
    'aral',
    '교훈',
    '배운 점',
    'was wir gelernt haben',
    'opitut asiat',
    'opit',
    'opetukset',
    'pelajaran',
    'pelajaran yang dipetik',
    'pembelajaran',
    'spoznanja',
    'naučene lekcije',
    'leerpunten',
    'geleerde lessen',
    'hot wash',
    'hotwash',
    'bài học',
    'bài học kinh nghiệm',
    'những điều học được',
    'mafunzo',
    'ceachtanna',
    'reflexões',
    'reflexiones',
    'réflexions',
    'lessen',
    'lezioni apprese',
    'lezioni',
    'apprentissages',
    'ce que nous avons appris',
    'çıkarılan dersler',
    'dersler',
    'lærdom',
    'lærdommer',
    'læring',
    'lärdomar',
    'erfaringer',
    'erfarenheter',
    '教训',
    '教訓',
    '经验教训',
    '經驗教訓',
    '学习点',
    '學習點',
    '反省点',
  ],
  'action-items': [
    'action items',
    'actions',
    'follow-ups',
    'follow ups',
    'followups',
    'follow-up actions',
    'remediation',
    'remediations',
    'next steps',
    'corrective actions',
    'preventive actions',
    'action plan',
    'corrective and preventative measures',
    'corrective and preventive measures',
    'preventative measures',
    'corrective measures',
    'how are we preventing it from happening again',
    'what we do now',
    'what we will do',
    'what we are doing',
    'what happens next',
    'acciones',
    'acciones correctivas',
    'compromisos',
    'próximos pasos',
    'pendientes',
    'åtgärdsplan',
    'teendők',
    'intézkedések',
    'actiepunten',
    'ενέργειες',
    '후속 조치',
    '조치 사항',
    'itens de ação',
    'toimenpiteet',
    'jatkotoimet',
    'tindak lanjut',
    'rencana tindakan',
    'tindakan',
    'tindakan perbaikan',
    'ukrepi',
    'korektivni ukrepi',
    'mesures correctives',
    'hvad gør vi nu',
    'opfølgning',
    'handlingspunkter',
    'hành động',
    'hành động khắc phục',
    'việc cần làm',
    'hatua',
    'hatua za kuchukua',
    'gníomhartha',
    'pendentes',
    'plan de acción',
    'actions correctives',
    "plan d'action",
    'ações',
    'ações corretivas',
    'maßnahmen',
    'działania',
    'zadania',
    'opgaver',
    'handlinger',
    'tehtävät',
    'acties',
    'azioni',
    'azioni correttive',
    "piano d'azione",
    'suivi',
    'suivis',
    'massnahmen',
    'yapılacaklar',
    'aksiyonlar',
    'tiltak',
    'åtgärder',
    'handlingsplan',
    'oppfølging',
    'foranstaltninger',
    '改进措施',
    '改進措施',
    '改善措施',
    '行动项',
    '行動項目',
    '对策',
    '對策',
    '対策',
    '再発防止策',
  ],
};

/**
 * What real headings say beyond the aliases, as word patterns: "Things that went poorly" and "Where we got
 * lucky" are lessons, "How did we allow this to happen?" and "Identified cause" contributing factors, "What
 * we're changing" and "How are we going to do better" action items, "So what happened?" a summary. Tried in
 * this order after the aliases ("Timeline summary" is a timeline, "How are we preventing it from happening
 * again" action items, not a cause).
 */
const PATTERNS: Array<[SectionKind, RegExp]> = [
  [
    'timeline',
    /\b(?:timeline|time line|chronology|sequence of events|timeline of events|key events|how (?:it|this|things|the (?:incident|outage|day|night)) (?:unfolded|played out)|minute by minute)\b/,
  ],
  [
    'action-items',
    /\b(?:action items?|recommendations?|actions? (?:planned|taken|to take)|follow[- ]?ups?|follow[- ]up (?:tasks|actions|items)|next steps|remediations?|remedial|correctives?|preventi(?:ve|ative|on)|(?:what|things|stuff) we(?:'re| are) (?:doing|changing|fixing)|(?:what|things|stuff) (?:we|to) (?:gotta|got to|have to|need to|must|should|ought to) (?:do|fix|change)|what (?:needs|has|ought) to (?:happen|change|be (?:done|fixed))|what (?:must|should) (?:happen|change)|what (?:do|should|can|will) we do(?: now| next| about (?:it|this))?$|^capas?$|(?:owners|next steps) and actions|what we(?:'ve)? changed|what we(?:'ll| will) change|we(?:'ll| will)(?: \w+ly)? do(?! different)|^fixes$|going forward|do better|preventing (?:it|this)|resulting actions?|review actions|todos?|(?:counter|corrective |preventive )?measures|to[- ]dos?(?: list)?$|open (?:items|actions|tasks)|work items|mitigations? planned|planned mitigations?|backlog|work queue|homework|hardening|fix(?:es)? list|owners? and (?:dates|deadlines)|loose ends|punch list|open asks|commitments|committing to|ais|actions arising|what'?s next|what we(?:'re| are) signing up for|action (?:register|log|tracker|list|points?)|^before (?:the )?next|(?:remaining|outstanding|owed|open) work|^(?:jobs|tasks)(?: for .*| to do| list)?$)\b/,
  ],
  [
    'lessons',
    /\b(?:lessons?|learn(?:ed|t|ings?)?|takeaways?|went (?:well|poorly|badly|right)|(?:got|get|getting) lucky|reflections?|tak(?:e|ing)[- ]?aways?|took away|(?:would|'d|will|'ll) do different(?:ly)?|what we(?:'re| are)? tak(?:e|ing)(?: (?:away|from|with)|$)|looking back|taught us|retrospective notes|^retro(?:spective)?(?: notes)?(?= —|$)|^observations$|learning points?|key learnings?|insights?|things to (?:keep in mind|remember|carry forward)|carry[- ]forwards?|what we(?: would|'d) change|past[- ](?:selves|us|me)|tell (?:ourselves|our past selves|past[- ]us)|notes? to (?:our )?future (?:us|self|selves)|noted for next time|hindsight|morals? of the story|kaizen|if we (?:had to|could) do it (?:again|over)|things we (?:now )?know|what we know now)\b/,
  ],
  [
    'contributing-factors',
    /^why (?:did|didn'?t|does|doesn'?t|was|wasn'?t|were|weren'?t|had|hadn'?t|it|this|the|we|our|they|nobody|no one)\b(?!.*\bmatters?\b)|\b(?:root[- ]causes?|causes?|contributing factors?|went (?:wrong|sideways|pear-shaped)|causal factors?|what contributed|factors (?:that|which|who) contributed|factors (?:identified|found)|contributing (?:elements|conditions|causes)|(?:what|things) (?:we|i) didn'?t know|^dlaczego\b|zawiod|słabe punkty|factors$|(?:contributing|causal) (?:conditions|circumstances)|underlying (?:issues|problems|causes|factors|conditions|circumstances|weaknesses)|^circumstances$|conditions that (?:contributed|led|enabled|allowed|let)|swiss[- ]cheese|holes in the cheese|latent conditions|^reasons?$|context that mattered|(?:things|holes|what) (?:that )?lined up|what we didn'?t know|ingredients|(?:lapses|gaps|weaknesses) (?:identified|found)|conditions at the time|^pourquoi\b|ce qui a (?:contribu|rendu|men|caus|permis)|what set (?:it|this) up|causal analysis|contributors|(?:what|things|stuff) (?:that )?made (?:it|this|things) worse|what made (?:it|this|that) (?:possible|happen)|what caused (?:it|this|that|the)\b|factors (?:relating|related) to|how (?:was|were|is) (?:it|this|that|the [\w-]+(?: [\w-]+)?) possible|tripped (?:us )?up|what bit us|^why (?:tho|though)$|(?:things|what) that contributed|how (?:did we get|we got) here|what led to (?:it|this|the (?:incident|outage|failure))|what led (?:us )?here|perfect storm|(?:how|why) (?:it|things|this) (?:got out of hand|snowballed|escalated|spiral+ed)|why(?:'d| \w+)? (?:it|this|that|things) (?:\w+ )?happen|^how come$|pile[- ]?up|(?:stacked|piled) up|(?:what|things) we (?:were|are) missing|^(?:da |the )?root(?: stuffs?| things?| of (?:it|this|the (?:incident|outage|problem|failure)))?$|how (?:did )?(?:it|this|we\b.*) happen|five why'?s?|trigger)\b/,
  ],
  [
    'summary',
    /\b(?:summary|synopsis|(?:in a )?nutshell|(?:incident )?outline|briefing note|key facts|incident card|too long[,;]? didn'?t read|^sbar|^(?:the )?headline$|overview|at a glance|tl;?dr|abstract|introduction|what happened|^wh?at (?:\w+ )?happen(?:ed)?$|what broke|what went down|where (?:we are|things stand|we stand)|(?:the )?short version|in (?:brief|short)|recap|bottom line|(?:the )?gist|in one (?:paragraph|sentence|line)|problem (?:statement|description)|the short of it|(?:incident )?(?:brief|précis)$|situation report|sitrep|fact sheet|^(?:the )?event(?: description)?$|^(?:in|by) (?:the )?numbers$)\b/,
  ],
];

// Every heading is normalised on every keystroke (classification, required sections, joined headings): once per text.
const normalised = new BoundedCache<string, string>(1 * MB, (k, v) => bytes(k, v.length * 2));

function normalise(heading: string): string {
  let h = normalised.get(heading);
  if (h === undefined) normalised.set(flat(heading), (h = normaliseUncached(heading)));
  return h;
}

function normaliseUncached(heading: string): string {
  return (
    heading
      .toLowerCase()
      // ":warning: Leadup", "🔥 Impact": emoji shortcodes and pictographs say nothing about the section.
      .replace(/:[a-z0-9_+-]+:/g, ' ')
      .replace(/\p{Extended_Pictographic}|\u{FE0F}|\u{200D}/gu, ' ')
      .replace(/’/g, "'")
      .replace(/\(.*?\)/g, ' ')
      .replace(/[*_`#:.!?,]/g, ' ')
      .replace(/^\s*\d+(\.\d+)*\s*/, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * The section kind a Markdown heading names, or null. "Timeline (all times UTC)" is a timeline. A heading the
 * aliases and patterns do not know is read by the heading model ("Gaps that let it through" names contributing
 * factors), which answers only when it is confident.
 */
export function classifyHeading(
  heading: string,
  extra: Partial<Record<SectionKind, string[]>> = {},
): SectionKind | null {
  const named = classifyLabel(heading, extra);
  if (named || heading.trimStart().startsWith('`')) return named;
  let kind = modelKinds.get(heading);
  if (kind === undefined) {
    if (modelKinds.size >= 4096) modelKinds.clear();
    // A long heading is a sentence of the text, not the name of a section.
    kind = headingWords(heading) > 9 ? null : modelHeadingKind(heading);
    // A bilingual heading glosses itself in brackets ("Kenapa bisa terjadi? (why could it happen?)"); the model
    // reads the gloss when the words outside say nothing it knows.
    for (const m of kind ? [] : heading.matchAll(/\(([^()]{3,60})\)/g)) {
      kind = modelHeadingKind(m[1]!);
      if (kind) break;
    }
    modelKinds.set(flat(heading), kind);
  }
  return kind;
}
const modelKinds = new Map<string, SectionKind | null>();

/**
 * A top-level heading is most often the document's title ("What went on with the runners"): only the names of
 * sections classify it, not the heading model, and only a name's few words: a title that holds one ("Search
 * indexing backlog delayed listing updates") names the incident, not its action items.
 */
export function classifyTopLevel(
  heading: string,
  extra: Partial<Record<SectionKind, string[]>> = {},
): SectionKind | null {
  return headingWords(heading) <= 4 ? classifyLabel(heading, extra) : null;
}

/** How many words a heading names a section with (emoji, glosses in brackets and numbering left out). */
const headingWords = (heading: string): number => normalise(heading).split(' ').length;

/**
 * The section kind a label names by the aliases and patterns alone: a bold label in a paragraph ("**Immediate
 * fixes:**"), a line of a plain-text postmortem. A label is a lead-in within its section as often as the name of
 * one, so a phrase only the heading model would read names nothing here.
 */
export function classifyLabel(heading: string, extra: Partial<Record<SectionKind, string[]>> = {}): SectionKind | null {
  // Memoised per alias set: the language server classifies every heading again on each keystroke, and the
  // alias lists below are rebuilt per heading and kind (most of a lint's allocations in a long document).
  const byExtra =
    Object.keys(extra).length === 0
      ? plainKinds
      : (extraKinds.get(extra) ?? extraKinds.set(extra, new Map()).get(extra)!);
  let kind = byExtra.get(heading);
  if (kind === undefined) {
    if (byExtra.size >= 4096) byExtra.clear();
    byExtra.set(flat(heading), (kind = classify(heading, extra))); // a copy: the heading is a slice of a document
  }
  return kind;
}

const plainKinds = new Map<string, SectionKind | null>();
const extraKinds = new WeakMap<object, Map<string, SectionKind | null>>();

function classify(heading: string, extra: Partial<Record<SectionKind, string[]>>): SectionKind | null {
  // A heading that is code (an API name such as `Jack.description()`) names no section.
  if (heading.trimStart().startsWith('`')) return null;
  // A heading may name its section in brackets: a bilingual one ("Ações (Action items)") or one that says which
  // section it is ("What went wrong (lessons)"). A bracket that is just a section's name wins; one that only
  // mentions a section ("Summary (timeline below)") is read when the words outside name nothing. Brackets that
  // hold a zone or a note ("(all times UTC)") classify as nothing.
  const brackets = [...heading.matchAll(/\(([^()]{3,60})\)/g)].map((m) => m[1]!);
  for (const inner of brackets) {
    const named = aliasOf(normalise(inner), extra);
    if (named) return named;
  }
  const kind = classifyWords(heading, extra);
  if (kind) return kind;
  for (const inner of brackets) {
    // "Ngā take (the reasons)": the gloss's article is not part of the name.
    const mentioned = classifyWords(inner.replace(/^\s*(?:the|our)\s+/i, ''), extra);
    if (mentioned) return mentioned;
  }
  return null;
}

function aliasOf(h: string, extra: Partial<Record<SectionKind, string[]>>): SectionKind | null {
  return aliasTable(extra).byAlias.get(h) ?? null;
}

interface AliasTable {
  /** Each alias with the first kind (in the order of `defaultSectionAliases`) that lists it. */
  byAlias: Map<string, SectionKind>;
  /** Each kind with its aliases, the config's (normalised) first. */
  byKind: Array<[SectionKind, string[]]>;
}
// Per alias set (one per config): every heading of every document is classified against them.
const aliasTables = new WeakMap<object, AliasTable>();
const NO_EXTRA = {};

function aliasTable(extra: Partial<Record<SectionKind, string[]>>): AliasTable {
  // (Callers without a config pass a new `{}` each time: those share one table.)
  const key = Object.keys(extra).length === 0 ? NO_EXTRA : extra;
  let table = aliasTables.get(key);
  if (!table) {
    const byKind = (Object.keys(defaultSectionAliases) as SectionKind[]).map((kind): [SectionKind, string[]] => [
      kind,
      [...(extra[kind] ?? []).map(normalise), ...defaultSectionAliases[kind]],
    ]);
    const byAlias = new Map<string, SectionKind>();
    for (const [kind, aliases] of byKind) for (const a of aliases) if (!byAlias.has(a)) byAlias.set(a, kind);
    aliasTables.set(key, (table = { byAlias, byKind }));
  }
  return table;
}

function classifyWords(heading: string, extra: Partial<Record<SectionKind, string[]>>): SectionKind | null {
  const h = normalise(heading);
  if (!h) return null;
  const named = aliasOf(h, extra);
  if (named) return named;
  // ("Timeline summary", "Timeline of the response": the timeline, whatever word follows.)
  if (PATTERNS[0]![1].test(h)) return 'timeline';
  for (const [kind, aliases] of aliasTable(extra).byKind) {
    if (aliases.some((a) => a.length > 3 && (startsWord(h, a) || endsWord(h, a)))) return kind;
    // A German compound ends in its section's name: "Korrekturmaßnahmen", "Fehlerursachen", "Haupterkenntnisse".
    if (
      !h.includes(' ') &&
      aliases.some((a) => a.length >= 8 && !a.includes(' ') && /[äöüß]|en$|se$/.test(a) && h.endsWith(a))
    )
      return kind;
  }
  // A long heading is a sentence of the text, not the name of a section; but it may open with one ("Fixes, roughly
  // in order of how much pain they'd have saved me").
  if (h.split(' ').length > 9) {
    const lead = /^([^,;(]{3,40}?)\s*[,;(]/.exec(heading)?.[1];
    return lead ? classifyWords(lead, extra) : null;
  }
  for (const [kind, re] of PATTERNS) if (re.test(h)) return kind;
  return null;
}

// "h starts with `${a} `" and "h ends with ` ${a}`", without making those strings for every alias of every heading.
const startsWord = (h: string, a: string): boolean =>
  h.length > a.length && h.charCodeAt(a.length) === 32 && h.startsWith(a);
const endsWord = (h: string, a: string): boolean =>
  h.length > a.length && h.charCodeAt(h.length - a.length - 1) === 32 && h.endsWith(a);

/**
 * The other kinds a heading that joins two sections also names: "Lessons learned and future safeguards" is
 * the lessons as well as the actions (a section has one kind; required-sections asks for each kind it names).
 */
export function alsoNamed(heading: string, kind: SectionKind | null): SectionKind[] {
  const h = normalise(heading);
  if (!/\b(?:and|&|\/)\s/.test(h) || h.split(' ').length > 9) return [];
  return PATTERNS.filter(([k, re]) => k !== kind && re.test(h)).map(([k]) => k);
}

const BOLD_LABEL = /^\s*(?:\*\*\*?|__)([^*_\n]{3,60}?)(?:\*\*\*?|__)/;

/**
 * A bold label opening a block ("**Summary:** Checkout failed …", "**Lessons learned:**"), which some teams
 * write instead of a heading: the section kind it names and where the label is (offsets within `text`).
 */
export function boldLabel(
  text: string,
  extra: Partial<Record<SectionKind, string[]>> = {},
): { kind: SectionKind | null; start: number; end: number } | null {
  const m = BOLD_LABEL.exec(text);
  return m ? { kind: classifyLabel(m[1]!.replace(/:\s*$/, ''), extra), start: m.index, end: m[0].length } : null;
}
