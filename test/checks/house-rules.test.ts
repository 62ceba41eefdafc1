import { describe, expect, it } from 'vitest';
import { lint, type HouseRule, type UserConfig } from '@blameless-lint/core';

// House rules: an organisation's own phrase rules from config, linted by the `phrase` check kind.
const WAR_ROOM: HouseRule = {
  id: 'acme/no-war-room',
  phrases: ['war room', 'war rooms'],
  message: 'Say "incident channel", not "{actual}": nobody is at war.',
  rewrite: 'incident channel',
  url: 'https://acme.example/style#war-room',
};
const HEROICS: HouseRule = {
  id: 'acme/no-heroics',
  patterns: ['hero(?:es|ic|ics)?', 'rock ?stars?'],
  message: 'No "{actual}": praise the system that made it easy.',
};

const hits = (text: string, house: HouseRule[], extra: UserConfig = {}): string[] =>
  lint(text, {
    config: {
      extends: 'language',
      rules: {
        'judgmental-language': 'off',
        'names-as-root-cause': 'off',
        counterfactual: 'off',
        'human-error': 'off',
      },
      ...extra,
      house,
    },
  })
    .diagnostics.filter((d) => d.ruleId.includes('/'))
    .map((d) => `${d.ruleId} ${d.actual}`);

describe('house rules: phrases', () => {
  // Labelled positives: the phrase as a word, in any case, at either end of a sentence, plural listed.
  it.each([
    ['We opened a war room at 10:02.', 'war room'],
    ['War room opened at 10:02.', 'War room'],
    ['Everyone joined the WAR ROOM.', 'WAR ROOM'],
    ['Both war rooms were busy.', 'war rooms'],
    ['There was no war room.', 'war room'],
    ['The bridge (a war room, really) stayed open.', 'war room'],
  ])('flags %j', (text, actual) => {
    expect(hits(text, [WAR_ROOM])).toEqual([`acme/no-war-room ${actual}`]);
  });

  // Look-alike negatives: other words that contain it, quoted or named mentions, code, URLs.
  it.each([
    'The warden opened the server room.',
    'We avoid the phrase "war room" in reviews.',
    'We avoid the term war room.',
    'Run `war room` to open the channel.',
    'See https://example.com/war-room for details.',
    'The war on bugs continued in the room next door.',
    'A war-room-like mood.',
  ])('leaves %j alone', (text) => {
    expect(hits(text, [WAR_ROOM])).toEqual([]);
  });

  it('reports like a built-in rule: id, severity, message, docs URL and the rewrite as a fix', () => {
    const [d] = lint('We opened a war room.\n', { config: { house: [WAR_ROOM] } }).diagnostics.filter(
      (x) => x.ruleId === 'acme/no-war-room',
    );
    expect(d).toMatchObject({
      ruleId: 'acme/no-war-room',
      severity: 'warning',
      message: 'Say "incident channel", not "war room": nobody is at war.',
      url: 'https://acme.example/style#war-room',
      source: 'blameless-lint',
      actual: 'war room',
      range: { start: { line: 1, column: 13, offset: 12 }, end: { line: 1, column: 21, offset: 20 } },
    });
    expect(d!.suggestions).toEqual([
      { description: 'Replace with "incident channel"', fix: { range: d!.range, text: 'incident channel' } },
    ]);
  });

  it('takes its severity from the rule, and `rules` overrides it or turns it off', () => {
    const severity = (config: UserConfig) =>
      lint('A war room.\n', { config })
        .diagnostics.filter((d) => d.ruleId === 'acme/no-war-room')
        .map((d) => d.severity);
    expect(severity({ house: [{ ...WAR_ROOM, severity: 'error' }] })).toEqual(['error']);
    expect(severity({ house: [WAR_ROOM], rules: { 'acme/no-war-room': 'info' } })).toEqual(['info']);
    expect(severity({ house: [WAR_ROOM], rules: { 'acme/no-war-room': 'off' } })).toEqual([]);
    // A preset of built-in rules does not switch house rules off.
    expect(severity({ extends: 'language', house: [WAR_ROOM] })).toEqual(['warning']);
  });
});

describe('house rules: patterns (RE2, whole words)', () => {
  it.each([
    ['She was the hero of the night.', 'hero'],
    ['No heroics please.', 'heroics'],
    ['Our rockstar engineer fixed it.', 'rockstar'],
    ['Our rock star engineer fixed it.', 'rock star'],
    ['HEROES all round.', 'HEROES'],
  ])('flags %j', (text, actual) => {
    expect(hits(text, [HEROICS])).toEqual([`acme/no-heroics ${actual}`]);
  });

  it.each([
    'The heroine of the story.',
    'Superheroes are fiction.',
    'He talked about "heroics" as a smell.',
    'The rockstars2 table.',
    'Call `hero()` first.',
  ])('leaves %j alone', (text) => {
    expect(hits(text, [HEROICS])).toEqual([]);
  });

  it('matches case as written with matchCase', () => {
    const rule: HouseRule = {
      id: 'acme/product-name',
      patterns: ['Github'],
      matchCase: true,
      message: 'It is spelt GitHub.',
      rewrite: 'GitHub',
    };
    expect(hits('Pushed to Github and GitHub.', [rule])).toEqual(['acme/product-name Github']);
  });

  it('runs in linear time on input built to make a backtracking engine explode', () => {
    const rule: HouseRule = { id: 'acme/evil', patterns: ['(a+)+b'], message: 'x' };
    const text = `${'a'.repeat(20_000)}!\n`;
    const t = performance.now();
    expect(hits(text, [rule])).toEqual([]);
    // V8's backtracking engine would take longer than the universe's age here; RE2 is linear.
    expect(performance.now() - t).toBeLessThan(5_000);
  });
});

describe('house rules: scope', () => {
  const POSTMORTEM = [
    '# Checkout outage',
    '',
    '## Summary',
    '',
    'Checkout failed for 20 minutes; the war room coordinated the response.',
    '',
    '## Timeline',
    '',
    '- 10:02 UTC alerts fired and a war room opened',
    '- 10:20 UTC rollback finished',
    '',
    '## Contributing factors',
    '',
    '- The war room had no runbook link.',
    '- The deploy skipped the canary.',
    '',
    '## Action items',
    '',
    '- [ ] Pin the runbook in the war room (owner: @kim, due: 2026-12-20)',
    '',
  ].join('\n');
  const lines = (scope: HouseRule['scope']) =>
    lint(POSTMORTEM, { config: { extends: 'language', house: [{ ...WAR_ROOM, scope }] }, now: '2026-12-01' })
      .diagnostics.filter((d) => d.ruleId === 'acme/no-war-room')
      .map((d) => d.range.start.line);

  it('looks at any prose by default', () => expect(lines(undefined)).toEqual([5, 9, 14, 19]));
  it('looks at one section kind', () => expect(lines('summary')).toEqual([5]));
  it('looks at timeline entries only', () => expect(lines('timeline')).toEqual([9]));
  it('looks at action items only', () => expect(lines('action-items')).toEqual([19]));
  it('looks at the contributing factors only', () => expect(lines('contributing-factors')).toEqual([14]));
});

describe('house rules: suppression comments', () => {
  const config: UserConfig = { house: [WAR_ROOM, HEROICS] };
  const ids = (text: string) => lint(text, { config }).diagnostics.map((d) => `${d.range.start.line} ${d.ruleId}`);

  it('a next-line comment names the house rule', () => {
    expect(
      ids(
        '<!-- blameless-disable-next-line acme/no-war-room -- our on-call handbook calls it that -->\nA war room and a hero.\n',
      ),
    ).toEqual(['2 acme/no-heroics']);
  });

  it('a disable … enable stretch covers the house rule only', () => {
    const text =
      'A war room.\n\n<!-- blameless-disable acme/no-war-room -->\n\nA war room and a hero.\n\n<!-- blameless-enable acme/no-war-room -->\n\nA war room.\n';
    expect(ids(text)).toEqual(['1 acme/no-war-room', '5 acme/no-heroics', '9 acme/no-war-room']);
  });

  it('an unused suppression of a house rule is reported as unused, not as an unknown rule', () => {
    const found = lint('<!-- blameless-disable-next-line acme/no-war-room -->\nNothing here.\n', {
      config,
    }).diagnostics;
    expect(found.map((d) => d.message)).toEqual(['Unused suppression: no "acme/no-war-room" finding here to disable.']);
  });
});
