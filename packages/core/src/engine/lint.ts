import { parseDocument } from '../document/parse.js';
import type { PostmortemDocument } from '../document/types.js';
import { findCheckKind, triggersOf } from '../checks/index.js';
import type { CheckContext, Finding } from '../checks/types.js';
import { ruleData } from '../rules/index.js';
import { houseRules } from '../rules/house.js';
import type { RuleData } from '../rules/types.js';
import type { Diagnostic, Language, LintOptions, LintResult, ResolvedConfig } from '../types.js';
import { toConfig } from './lint-config.js';
import { isRealIsoDate } from '../config/iso-date.js';
import { candidateBlocks } from './scan.js';
import { readDirectives, suppressor } from './suppress.js';
import { compareDiagnostics, toDiagnostic } from './diagnostics.js';
import { acrossLints, contextKey, runPerBlock, type DocumentFacts } from './block-cache.js';
import { runCarried } from './carry.js';
import { keepsAcrossLints } from './bounded-cache.js';
import { peopleOptions } from '../checks/prose.js';
import { termsRead } from '../people/index.js';

/**
 * Lint one text. Synchronous and free of I/O: the file is never read, config must be passed in
 * (use `loadConfig` for the files on disk). Never throws on any string; a rule that throws becomes
 * a finding on line 1 that says so, and the other rules still run.
 */
export function lint(text: string, options: LintOptions = {}): LintResult {
  if (typeof text !== 'string') throw new TypeError('@blameless-lint/core: lint(text) needs a string');
  // Default parameters only replace undefined: null, a string or a list would fail below with a bare TypeError.
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(
      `@blameless-lint/core: lint(text, options) needs an options object or nothing (got ${options === null ? 'null' : Array.isArray(options) ? 'an array' : typeof options})`,
    );
  }
  return acrossLints(options.incremental === true, () => lintText(text, options));
}

function lintText(text: string, options: LintOptions): LintResult {
  const config = toConfig(options.config);
  const language = options.language ?? languageOf(options.filePath);
  const doc = parseDocument(text, { language, sections: config.sections });
  const now = toDate(options.now ?? config.now);
  const known = [...ruleData, ...houseRules(config)];
  const enabled = known.filter((r) => config.rules[r.id] && config.rules[r.id].severity);
  const runnable = enabled.filter((r) => r.scope === 'language' || doc.isPostmortem);
  const main = runnable.filter((r) => findCheckKind(r.check)?.phase !== 'post');
  const post = runnable.filter((r) => findCheckKind(r.check)?.phase === 'post');

  const candidates = candidateBlocks(doc, main);
  const found: Diagnostic[] = [];
  const { signal } = options;
  const facts = documentFacts(doc, config);
  // What the carried findings of this file and config are kept under (engine/carry.ts): made once, when first asked.
  let scope: string | undefined;
  const carryScope = () => (scope ??= `${contextKey('', config)}\u0000${options.filePath ?? ''}`);
  for (const rule of main) {
    stopIfAborted(signal);
    runRule(doc, rule, config, now, candidates.get(rule.id) ?? [], found, { signal, facts, carryScope });
  }

  const directives = readDirectives(doc);
  const suppressed = suppressor(directives, (o: number) => doc.position(o).line);
  const kept = found.filter((d) => !suppressed(d.ruleId, d.range.start.line, d.range.start.offset));
  const ruleIds = known.map((r) => r.id);
  stopIfAborted(signal);
  for (const rule of post)
    runRule(doc, rule, config, now, doc.blocks, kept, { signal, facts, carryScope }, { directives, ruleIds });
  return { diagnostics: dedupe(kept.sort(compareDiagnostics)) };
}

function runRule(
  doc: PostmortemDocument,
  rule: RuleData,
  config: ResolvedConfig,
  now: Date,
  blocks: PostmortemDocument['blocks'],
  out: Diagnostic[],
  { signal, facts, carryScope }: Pick<LintOptions, 'signal'> & { facts: DocumentFacts; carryScope: () => string },
  extra: Partial<CheckContext> = {},
): void {
  const kind = findCheckKind(rule.check);
  const { severity, options } = config.rules[rule.id];
  const report = (f: Finding) => out.push(toDiagnostic(doc, rule, severity, f));
  if (!kind) {
    report({
      start: 0,
      end: 0,
      message: `blameless-lint: rule "${rule.id}" names an unknown check kind "${rule.check}".`,
    });
    return;
  }
  // The extra facts go with the block's own (the context ids are few and long-lived: one per rule and config).
  let context: number | undefined;
  const cachedTo =
    (to: (f: Finding) => void, record?: (reads: ReadonlyArray<[string, boolean]>) => void): CheckContext['cached'] =>
    (block, blockFacts, run) =>
      runPerBlock(
        doc,
        [block],
        (context ??= contextKey(rule.id, config)),
        facts,
        (_b, found) => run(found),
        to,
        blockFacts,
        record,
      );
  const cached = cachedTo(report);
  const ctx: CheckContext = { doc, rule, options, config, now, blocks, report, cached, ...extra };
  try {
    // A rule with triggers looks only at its candidate blocks, one at a time: its findings per block are
    // cached by content (block-cache.ts), so an edit re-analyses only the blocks that changed.
    if (triggersOf(rule).length > 0 && kind.phase !== 'post') {
      runPerBlock(
        doc,
        blocks,
        contextKey(rule.id, config),
        facts,
        (block, found) => {
          stopIfAborted(signal);
          kind.run({ ...ctx, blocks: [block], report: found });
        },
        report,
      );
    } else if (kind.footprint && kind.phase !== 'post' && keepsAcrossLints()) {
      // Only an editor's lint has a last text to carry findings from.
      const carry = {
        doc,
        footprint: kind.footprint,
        scope: carryScope(),
        zones: config.zones,
        day: Math.floor(now.getTime() / 86_400_000),
        facts,
      };
      runCarried(
        carry,
        (context ??= contextKey(rule.id, config)),
        (found, record) => kind.run({ ...ctx, report: found, cached: cachedTo(found, record) }),
        report,
      );
    } else kind.run(ctx);
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') throw error;
    const why = error instanceof Error ? error.message : String(error);
    out.push({
      ...toDiagnostic(doc, rule, 'error', { start: 0, end: 0 }),
      message: `blameless-lint: rule "${rule.id}" failed on this file: ${why}`,
      suggestions: undefined,
    });
  }
}

/**
 * What the language rules read from the rest of the document: the words it writes as terms (a capitalised
 * word that is one elsewhere is a tool, not a name), as person detection asked about them sentence by sentence.
 * Made per lint and held by nothing that outlives it.
 */
function documentFacts(doc: PostmortemDocument, config: ResolvedConfig): DocumentFacts {
  const options = peopleOptions(config, doc);
  return {
    has: (key) => options.terms?.().has(key) ?? false,
    // A plain method, not a generator: V8 gives a generator function made per lint (or one called with `new`) a map
    // of its own, in the old generation, that points back at it and so at everything its closure holds; scavenges
    // take what old objects point at as live, so every lint's whole document was promoted (~0.3 MB a keystroke;
    // bench/notes.md).
    readBy(block) {
      const reads: Array<[string, boolean]> = [];
      for (const sentence of doc.sentences(block))
        for (const read of termsRead(sentence, options) ?? []) reads.push(read);
      return reads;
    },
  };
}

function stopIfAborted(signal: LintOptions['signal']): void {
  if (signal?.aborted) throw Object.assign(new Error('@blameless-lint/core: lint aborted'), { name: 'AbortError' });
}

function dedupe(list: Diagnostic[]): Diagnostic[] {
  return list.filter((d, i) => {
    const p = list[i - 1];
    return (
      !p ||
      p.ruleId !== d.ruleId ||
      p.range.start.offset !== d.range.start.offset ||
      p.range.end.offset !== d.range.end.offset ||
      p.message !== d.message
    );
  });
}

/** Language from the file name: .txt is plain text, .mdx is MDX, anything else Markdown. */
export function languageOf(filePath?: string): Language {
  const ext = /\.[^./\\]+$/.exec(filePath ?? '')?.[0].toLowerCase();
  if (ext === '.txt' || ext === '.text') return 'text';
  if (ext === '.mdx') return 'mdx';
  return 'markdown';
}

function toDate(value: Date | string | undefined): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'string') {
    const d = new Date(/^\d{4}-\d\d-\d\d$/.test(value) ? `${value}T00:00:00Z` : value);
    if (!Number.isNaN(d.getTime()) && isRealIsoDate(value)) return d;
    throw new TypeError(`@blameless-lint/core: "now" is not a date: ${value}`);
  }
  return new Date();
}
