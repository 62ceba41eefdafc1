// House rules from config as rule data: each becomes a rule of the `phrase` check kind, the one the built-in
// vocabulary rules use, so matching, suppression, severity, caching and reporting are the same code.
import type { HouseRule, ResolvedConfig } from '../types.js';
import type { RuleData } from './types.js';

const HOUSE_DOCS =
  'https://github.com/blameless-lint/blameless-lint/blob/main/packages/core/docs/configuration.md#house-rules';

const MENTION_WORDS = [
  'term',
  'terms',
  'phrase',
  'phrases',
  'word',
  'words',
  'expression',
  'label',
  'called',
  'so-called',
];

// One RuleData per house rule object: the language server lints with the same config object on every
// keystroke, and the phrase kind's compiled matchers and the block cache are keyed by these objects.
const compiled = new WeakMap<HouseRule, RuleData<'phrase'>>();

function houseRuleData(rule: HouseRule): RuleData<'phrase'> {
  let data = compiled.get(rule);
  if (!data) {
    const scope = rule.scope ?? 'prose';
    data = {
      id: rule.id,
      // Prose rules run on any document; those that look at a postmortem's parts, only on postmortems.
      scope: scope === 'prose' ? 'language' : 'structure',
      check: 'phrase',
      severity: rule.severity ?? 'warning',
      description: rule.message,
      message: rule.message,
      note: rule.message,
      triggers: [],
      params: {
        ...(rule.phrases ? { phrases: rule.phrases } : {}),
        ...(rule.patterns ? { patterns: rule.patterns } : {}),
        ...(rule.matchCase !== undefined ? { matchCase: rule.matchCase } : {}),
        ...(rule.rewrite !== undefined ? { rewrite: rule.rewrite } : {}),
        within: scope,
        // "the term war room", "the word hero": naming the term to discuss it is not using it.
        notAfter: MENTION_WORDS,
        // A house term is banned as a word: "no war room" still uses it (a quoted mention does not).
        negatedIsMention: false,
      },
      options: { type: 'object', properties: {}, additionalProperties: false },
      fixable: rule.rewrite !== undefined,
      docs: { markdown: '', incorrect: [], correct: [] },
      url: rule.url ?? HOUSE_DOCS,
    };
    compiled.set(rule, data);
  }
  return data;
}

/** The config's house rules as rule data (none when it declares none). */
export function houseRules(config: ResolvedConfig): RuleData[] {
  return (config.house ?? []).map(houseRuleData);
}
