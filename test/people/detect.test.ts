import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { agentOf, analyze, type Analysis, type PeopleOptions } from '../../packages/core/src/people/index.js';
import { sentencesOf } from './sentence.js';

const run = (text: string, options: PeopleOptions = {}): Analysis => analyze(sentencesOf(text)[0]!, options);
const kinds = (text: string, options: PeopleOptions = {}) =>
  run(text, options).mentions.map((m) => `${m.kind}:${m.text}`);
/** The agent of the first word matching `verb`, as "kind:text" (or "thing:…"), with (P) for a passive. */
function agent(text: string, verb: RegExp): string {
  const a = run(text);
  const i = a.lx.findIndex((t) => verb.test(t.lower));
  const g = agentOf(a, i);
  if (!g) return 'none';
  const who = g.mention
    ? `${g.mention.kind}:${g.mention.text}`
    : `thing:${a.lx
        .slice(g.first, g.last + 1)
        .map((t) => t.text)
        .join(' ')}`;
  return `${who}${g.human ? ' (human)' : ''}${g.passive ? ' (P)' : ''}`;
}

describe('person detection', () => {
  it('takes roster names exactly, diacritics and all, over every heuristic', () => {
    expect(kinds('Zoë Ångström restarted it.', { people: ['Zoë Ångström'] })).toEqual(['person:Zoë Ångström']);
    expect(
      run('Zoe Angstrom restarted it.', { people: ['Zoë Ångström'] }).mentions.map((m) => m.confidence),
    ).not.toContain(1);
    expect(kinds('Jenkins reviewed the change.', { people: ['Jenkins'] })).toEqual(['person:Jenkins']);
    expect(kinds('@kim deleted it.', { people: ['@kim'] })).toEqual(['person:@kim']);
  });

  it('tells person handles from team handles', () => {
    expect(kinds('@kim and @infra-team and @sre-oncall and @here were paged.')).toEqual([
      'person:@kim',
      'team:@infra-team',
      'team:@sre-oncall',
      'team:@here',
    ]);
    expect(kinds('@payments was paged.', { teams: ['@payments'] })).toEqual(['team:@payments']);
    expect(kinds('Upgrade to version @1.2.3 soon.')).toEqual([]);
  });

  it('finds capitalised names of many cultures, with possessives and "Engineer X"', () => {
    expect(kinds('Nguyễn Văn An deleted it.')).toEqual(['person:Nguyễn Văn An']);
    expect(kinds('Then Søren, Oluwaseun and Zoë joined.')).toEqual(['person:Søren', 'person:Oluwaseun', 'person:Zoë']);
    const wei = run('Wei Zhang’s typo broke it.').mentions[0]!;
    expect([wei.kind, wei.text, wei.possessive]).toEqual(['person', 'Wei Zhang’s', true]);
    expect(kinds('Engineer B paged Engineer 2.')).toEqual(['person:Engineer B', 'person:Engineer 2']);
    expect(kinds('Maria da Silva and Seán O’Brien paired.')).toEqual(['person:Maria da Silva', 'person:Seán O’Brien']);
  });

  it('does not take common words, products or code for names', () => {
    expect(kinds('Monitoring missed the spike.')).toEqual([]);
    expect(kinds('Retries failed to help on Monday in March.')).toEqual([]);
    expect(
      kinds('Jenkins, Kafka, Cassandra, Terraform and Ansible were fine.').every((k) => k.startsWith('system:')),
    ).toBe(true);
    expect(kinds('Cloudflare and Datadog agreed.').some((k) => k.startsWith('person'))).toBe(false);
    expect(kinds('The Hellman cluster lost nodes.')).toEqual([]);
    expect(kinds('`deploy.sh` ran twice.')).toEqual(['system:`deploy.sh`']);
    expect(kinds('Acme ran the job.', { accept: ['Acme'] })).toEqual(['system:Acme']);
    expect(kinds('We’ve seen Client-side errors in the US.').filter((k) => k.startsWith('person'))).toEqual([]);
  });

  it('finds roles and teams, and knows incident roles', () => {
    expect(kinds('The on-call engineer paged the DBA and the release manager.')).toEqual([
      'role:on-call engineer',
      'role:DBA',
      'role:release manager',
    ]);
    expect(kinds('The on-call rotation changed.')).toEqual([]);
    expect(kinds('The Payments team and the SRE squad met.')).toEqual(['team:Payments team', 'team:SRE squad']);
    expect(kinds('Platform Engineering joined.', { teams: ['Platform Engineering'] })).toEqual([
      'team:Platform Engineering',
    ]);
    expect(run('The IC declared it resolved.').mentions[0]).toMatchObject({ kind: 'role', incidentRole: true });
    expect(kinds('The Postgres operator restarted.')).toEqual(['system:Postgres']);
  });

  it('resolves pronouns against the people just mentioned', () => {
    const [first, second] = sentencesOf('Priya paged Sam. They restarted the job.');
    const a = analyze(first!, {});
    expect(analyze(second!, {}, a.mentions).mentions[0]).toMatchObject({ kind: 'pronoun', human: true });
    const [c1, c2] = sentencesOf('The workers crashed. They restarted on their own.');
    expect(analyze(c2!, {}, analyze(c1!, {}).mentions).mentions[0]).toMatchObject({ kind: 'pronoun', human: false });
    expect(run('He forgot.').mentions[0]).toMatchObject({ kind: 'pronoun', human: true });
  });
});

describe('subject finding', () => {
  it('finds the agent of active, passive, relative and coordinated verbs', () => {
    expect(agent('Priya forgot to drain the node.', /forgot/)).toBe('person:Priya (human)');
    expect(agent('The alert failed to fire.', /failed/)).toBe('thing:The alert');
    expect(agent('The bucket was deleted by @kim.', /deleted/)).toBe('person:@kim (human) (P)');
    expect(agent('The bucket was deleted by a cron job.', /deleted/)).toBe('thing:cron job (P)');
    expect(agent('The bucket was deleted.', /deleted/)).toBe('none');
    expect(agent('Clients that ignore the header retry.', /ignore/)).toBe('thing:Clients');
    expect(agent('The engineer who forgot the flag left.', /forgot/)).toBe('role:engineer (human)');
    expect(agent('Sam restarted the pod and then forgot the logs.', /forgot/)).toBe('person:Sam (human)');
    expect(agent('Sam, the on-call, missed the page.', /missed/)).toBe('role:on-call (human)');
    expect(agent('We missed it.', /missed/)).toBe('pronoun:We');
  });
});

describe('labelled person mentions (test/people/mentions.txt)', () => {
  it('keeps precision >= 0.95 and recall >= 0.9 on names', () => {
    let tp = 0,
      fp = 0,
      fn = 0;
    const wrong: string[] = [];
    for (const raw of readFileSync(new URL('mentions.txt', import.meta.url), 'utf8').split('\n')) {
      if (!raw.trim() || raw.startsWith('#')) continue;
      const spans: Array<[number, number]> = [];
      const text = raw.replace(/\[\[(.+?)\]\]/g, (_, name: string, at: number) => {
        const start = at - spans.length * 4;
        spans.push([start, start + name.length]);
        return name;
      });
      const found = sentencesOf(text).flatMap((s) => analyze(s, {}).mentions.filter((m) => m.kind === 'person'));
      for (const m of found) {
        const hit = spans.find(([s, e]) => m.start === s && (m.end === e || m.end === e + 2));
        if (hit) tp++;
        else fp++, wrong.push(`extra "${m.text}" in ${text}`);
      }
      for (const [s, e] of spans)
        if (!found.some((m) => m.start === s && (m.end === e || m.end === e + 2)))
          fn++, wrong.push(`missed "${text.slice(s, e)}" in ${text}`);
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    expect(precision, wrong.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(recall, wrong.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});
