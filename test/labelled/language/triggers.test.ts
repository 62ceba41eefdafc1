// The candidate scan hands a rule only the blocks that hold one of its trigger words. These tests prove the
// language rules' trigger lists are complete: (1) every phrase of a rule's vocabulary contains a trigger word,
// as the scan tokenizes it; (2) on every text we have (labelled set, rule docs, examples), running the rule
// over every block finds exactly what lint finds with the scan.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '@blameless-lint/core';
import { findCheckKind, triggersOf } from '../../../packages/core/src/checks/index.js';
import type { Finding } from '../../../packages/core/src/checks/types.js';
import { resolveConfig } from '../../../packages/core/src/config/index.js';
import { ruleData } from '../../../packages/core/src/rules/generated.js';
import { loadCases } from './cases.js';
import { only } from './rule-tester.js';

const LANGUAGE = ['counterfactual', 'human-error', 'judgmental-language', 'names-as-root-cause'];
// Param keys that hold rewrites, advice or context words rather than phrases that fire.
// Param keys that hold rewrites, advice or the words of a context (what a finding needs around it, never what
// fires): a block without them can still hold a finding only through the vocabulary that fires.
const NOT_PHRASES = new Set([
  'rewrites',
  'rewrite',
  'advice',
  'suggestion',
  'notBefore',
  'notAfter',
  'technicalAfter',
  'notBlameBefore',
  'problems',
  'credit',
  'avoidable',
  'causeWords',
  'faulty',
  'benign',
  'knowledgeVerbs',
  'wishVerbs',
  'justifiable',
  'sourceSubjects',
  'valued',
  'remedial',
  'failureWords',
  'safeguards',
  'consequences',
  'duties',
  'attemptVerbs',
  'toolLapses',
  'decisions',
  'deontic',
  'systemVerbs',
  'verdicts',
  'modals',
  'manualModifiers',
  'objects',
  // Verbs that blame only next to a word the scan does see: a problem as object ("introduced a regression"), a
  // failure after them, a faulty thing, a missing safeguard or a cleft's "what".
  'causalWithProblem',
  'changes',
]);
const scanWords = (s: string) =>
  [...s.toLowerCase().matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)].map((m) => m[0].replace(/’/g, "'"));

function phrases(value: unknown, key = ''): string[] {
  if (NOT_PHRASES.has(key)) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => phrases(v));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => phrases(v, k));
  return [];
}

function texts(): string[] {
  const out = loadCases().map((c) => c.text);
  for (const r of ruleData) out.push(...r.docs.incorrect, ...r.docs.correct);
  const examples = new URL('../../../examples/', import.meta.url);
  for (const f of readdirSync(examples).filter((x) => /\.(md|txt)$/.test(x)))
    out.push(readFileSync(new URL(f, examples), 'utf8'));
  const scenarios = new URL('./scenarios/', import.meta.url);
  for (const f of readdirSync(scenarios)) out.push(readFileSync(new URL(f, scenarios), 'utf8'));
  return out;
}

describe('trigger lists of the language rules', () => {
  for (const id of LANGUAGE) {
    const rule = ruleData.find((r) => r.id === id)!;
    it(`${id}: every vocabulary phrase holds a trigger word`, () => {
      const triggers = new Set(triggersOf(rule));
      const uncovered = phrases(rule.params).filter((p) => !scanWords(p).some((w) => triggers.has(w)));
      expect(uncovered).toEqual([]);
    });
    it(`${id}: the scan never hides a finding`, () => {
      const kind = findCheckKind(rule.check)!;
      const config = resolveConfig([{ extends: 'language' }]);
      // Suppressions are the engine's business (tested elsewhere): neutralise them so both sides see every finding.
      for (const text of texts().map((t) => t.replace(/blameless-(disable|enable)/g, 'blameless-note'))) {
        const doc = parseDocument(text);
        const all: Finding[] = [];
        const report = (f: Finding) => void all.push(f);
        kind.run({
          doc,
          blocks: doc.blocks,
          rule,
          options: {},
          config,
          now: new Date(),
          report,
          cached: (_block, _facts, run) => run(report),
        });
        const scanned = only(id, text).map((d) => d.range.start.offset);
        expect(scanned, text).toEqual(all.map((f) => f.start).sort((a, b) => a - b));
      }
    });
  }
});
