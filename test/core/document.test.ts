import { describe, expect, it } from 'vitest';
import { parseDocument } from '@blameless-lint/core';
import { classifyHeading, classifyLabel } from '../../packages/core/src/document/sections.js';

const words = (text: string, blockIndex = 0) => {
  const doc = parseDocument(text);
  return doc.sentences(doc.blocks[blockIndex]).flatMap((s) => s.tokens.filter((t) => t.kind !== 'whitespace'));
};

describe('document model', () => {
  it('gives every word its exact source offsets', () => {
    const text = '# Title\n\nThe **deploy** of `svc-a` failed; see [the log](https://x.test/log).\n';
    const doc = parseDocument(text);
    const para = doc.blocks.find((b) => b.kind === 'paragraph')!;
    for (const s of doc.sentences(para)) {
      for (const t of s.tokens)
        if (t.kind === 'word' || t.kind === 'masked') expect(text.slice(t.start, t.end)).toBe(t.text);
    }
    const tokens = words(text, 1);
    expect(tokens.find((t) => t.text === 'deploy')).toMatchObject({ kind: 'word', start: text.indexOf('deploy') });
    expect(tokens.find((t) => t.text.includes('svc-a'))).toMatchObject({ kind: 'masked' });
    // Link text is prose, its target is not a word at all.
    expect(tokens.map((t) => t.text)).toContain('log');
    expect(tokens.some((t) => t.text.includes('x.test'))).toBe(false);
  });

  it('ends a sentence at a full stop before a lower-case word or a symbol, but not after an abbreviation', () => {
    const sentences = (text: string) => {
      const doc = parseDocument(text);
      return doc.blocks.flatMap((b) => doc.sentences(b).map((s) => s.words.map((w) => w.text).join(' ')));
    };
    // retext keeps the stop in the word ("Zhang.") when a lower-case word or a symbol follows.
    expect(sentences('It came down to Wei Zhang. it was a long night.')).toEqual([
      'It came down to Wei Zhang',
      'it was a long night',
    ]);
    expect(sentences('The page went to Ana. (She was off shift.)')[0]).toBe('The page went to Ana');
    expect(sentences('It took approx. two hours, at 10 a.m. the alert fired.')).toHaveLength(1);
    expect(sentences('We upgraded to v1.5.7. then it held.')).toHaveLength(1);
  });

  it('keeps offsets through CRLF, a BOM, tabs, emoji and combining characters', () => {
    const text = '\uFEFF# T\r\n\r\n👩🏽‍💻 Zoë\tsaid that Nguye\u0302\u0303n restarted it.\r\n';
    const doc = parseDocument(text);
    const para = doc.blocks.find((b) => b.kind === 'paragraph')!;
    const tokens = doc.sentences(para)[0].words;
    const nguyen = tokens.find((t) => t.text.startsWith('Nguy'))!;
    expect(text.slice(nguyen.start, nguyen.end)).toBe('Nguye\u0302\u0303n');
    const pos = doc.position(nguyen.start);
    expect(pos.line).toBe(3);
    // Column counts UTF-16 units (the emoji sequence is 7 units); the tab is one column.
    expect(pos.column).toBe(text.slice(text.lastIndexOf('\n', nguyen.start) + 1, nguyen.start).length + 1);
    // The BOM is not a column: line 1, column 1 is the `#`.
    expect(doc.position(1)).toEqual({ line: 1, column: 1, offset: 1 });
  });

  it('never treats code blocks, HTML or front matter as prose', () => {
    const text =
      '---\ntype: postmortem\nowner: Sam failed to\n---\n\n```\nSam failed to check\n```\n\n<div>Sam failed</div>\n\nText.\n';
    const doc = parseDocument(text);
    expect(doc.frontMatter?.data.type).toBe('postmortem');
    expect(doc.isPostmortem).toBe(true);
    expect(doc.blocks.map((b) => b.text)).toEqual(['Text.']);
  });

  it('reads front matter as YAML 1.2 data: dates stay as written, a repeated key wins, unknown tags are read through, aliases are not expanded', () => {
    const data = (yaml: string) => parseDocument(`---\n${yaml}\n---\n\nText.\n`).frontMatter?.data;
    expect(data('type: draft\ntype: postmortem\ndate: 2026-01-02\nreviewed: yes\nsev: 2')).toEqual({
      type: 'postmortem',
      date: '2026-01-02',
      reviewed: 'yes',
      sev: 2,
    });
    // Nine levels of nine-fold aliases would be 387 million strings if expanded.
    const bomb = ['a: &l0 [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) {
      const nine = Array(9).fill(`*l${i - 1}`);
      bomb.push(`l${i}: &l${i} [${nine.join(', ')}]`);
    }
    expect(data([...bomb, 'type: postmortem'].join('\n'))?.type).toBe('postmortem');
    // A tag the core schema does not know reads as the value it tags; the rest of the front matter stays.
    expect(data('type: postmortem\nref: !Ref thing\nwhen: !!timestamp 2026-01-02\nlist: !seq [a, b]')).toEqual({
      type: 'postmortem',
      ref: 'thing',
      when: '2026-01-02',
      list: ['a', 'b'],
    });
    expect(data(': : [unclosed')).toEqual({});
    expect(data('- a list\n- not a mapping')).toEqual({});
  });

  it('reads headings written as plain questions and phrases: the short version, how it unfolded, what we changed', () => {
    const text =
      '# What went on with the runners\n\n## The short version\n\nA.\n\n## How it unfolded\n\n- 10:02 UTC page\n\n## What we changed / will change\n\n- [ ] Rotate keys — Ana — 2027-01-10\n';
    const doc = parseDocument(text);
    expect(doc.sections.map((s) => s.kind)).toEqual([null, 'summary', 'timeline', 'action-items']);
    expect(doc.isPostmortem).toBe(true);
  });

  it('classifies sections by alias, with date sub-headings under the timeline', () => {
    const text =
      '## Executive summary\n\nA.\n\n## Sequence of events (all times PST)\n\n### 2026-03-04\n\n- 16:25 page\n\n## Follow-ups\n\n- [x] done\n- [ ] open\n';
    const doc = parseDocument(text);
    expect(doc.sections.map((s) => s.kind)).toEqual(['summary', 'timeline', null, 'action-items']);
    expect(doc.sections[2].parentKind).toBe('timeline');
    const items = doc.blocks.filter((b) => b.kind === 'list-item');
    expect(
      items.map((b) => [b.text, b.checked, doc.sections[b.section].kind ?? doc.sections[b.section].parentKind]),
    ).toEqual([
      ['16:25 page', null, 'timeline'],
      ['done', true, 'action-items'],
      ['open', false, 'action-items'],
    ]);
  });

  it('reads a title as the name of the incident, not of a section, and a short top-level name as a section', () => {
    // Titles that hold a section's word ("backlog", "what happened", "root cause analysis") name no section, so
    // the sections under them inherit nothing: the notes under "Thanks" are not action items.
    for (const title of [
      'Payment queue backlog held refunds for a day',
      'What happened to the nightly builds last week',
      'Root cause analysis: late lab results at the east clinic',
    ]) {
      const doc = parseDocument(
        `# ${title}\n\n## Summary\n\nRefunds waited.\n\n## Thanks\n\n- The vendor's support desk\n`,
      );
      expect(doc.sections.map((s) => [s.kind, s.parentKind])).toEqual([
        [null, null],
        ['summary', null],
        [null, null],
      ]);
    }
    // A document written with top-level sections keeps them.
    const sections = parseDocument(
      '# Timeline\n\n- 10:02 page\n\n# Root causes and trigger\n\nA.\n\n# Action items\n\n- B\n',
    );
    expect(sections.sections.map((s) => s.kind)).toEqual(['timeline', 'contributing-factors', 'action-items']);
  });

  it('reads table rows with their header cells and exact cell offsets', () => {
    const text = '| Owner | Due | Item |\n|---|---|---|\n| @kim | 2026-12-01 | Add a `canary` stage |\n';
    const doc = parseDocument(text);
    const row = doc.blocks.find((b) => b.kind === 'table-row')!;
    expect(row.cells!.map((c) => [c.header, c.text])).toEqual([
      ['Owner', '@kim'],
      ['Due', '2026-12-01'],
      ['Item', 'Add a `canary` stage'],
    ]);
    for (const c of row.cells!) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('splits a paragraph of timestamped lines into line blocks', () => {
    const text = '14:02 alert fired\n14:05 Ravi restarted the gateway\n';
    const doc = parseDocument(text);
    expect(doc.blocks.filter((b) => b.kind === 'line').map((b) => b.text)).toEqual([
      '14:02 alert fired',
      '14:05 Ravi restarted the gateway',
    ]);
    expect(doc.blocks.find((b) => b.kind === 'paragraph')!.split).toBe(true);
  });

  it('reads plain text with section lines as headings', () => {
    const doc = parseDocument(
      'Summary:\nThe queue backed up.\n\nTimeline:\n09:15 alert fired\n09:20 rollback started\n',
      { language: 'text' },
    );
    expect(doc.sections.map((s) => s.kind)).toEqual(['summary', 'timeline']);
    expect(doc.isPostmortem).toBe(true);
    expect(doc.blocks.filter((b) => b.kind === 'line')).toHaveLength(2);
  });

  it('parses a long unpunctuated block in bounded chunks without losing words', () => {
    const text = 'word '.repeat(20_000);
    const doc = parseDocument(text);
    const count = doc.blocks.reduce((n, b) => n + doc.sentences(b).reduce((m, s) => m + s.words.length, 0), 0);
    expect(count).toBe(20_000);
  });

  it('survives deep nesting and a run of dots with no spaces', () => {
    const nested = Array.from({ length: 5000 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
    const deep = parseDocument(nested);
    expect(() => deep.blocks.forEach((b) => deep.sentences(b))).not.toThrow();
    expect(deep.blocks.length).toBeGreaterThan(50);
    const dots = parseDocument('a.'.repeat(100_000));
    expect(() => dots.blocks.forEach((b) => dots.sentences(b))).not.toThrow();
  });
});

describe('what counts as a postmortem', () => {
  it('needs a timeline, contributing factors or lessons, or incident vocabulary, beside a second section', () => {
    expect(parseDocument('## Overview\n\nA parser.\n\n## Next steps\n\n- Fuzz it.\n').isPostmortem).toBe(false);
    expect(
      parseDocument('## Overview\n\nThe outage lasted an hour.\n\n## Next steps\n\n- Fuzz it.\n').isPostmortem,
    ).toBe(true);
    expect(parseDocument('## Summary\n\nA.\n\n## Timeline\n\n- 14:02 page\n').isPostmortem).toBe(true);
    // Recognising one document must not change how the next is read (a global regex kept its position).
    const first =
      '## Summary\n\nThe outage began after a deploy, long after the start of this text.\n\n## Action items\n\n- Add a check.\n';
    const second = '## Summary\n\nAn outage.\n\n## Action items\n\n- Add a check.\n';
    expect(parseDocument(first).isPostmortem).toBe(true);
    expect(parseDocument(second).isPostmortem).toBe(true);
    expect(parseDocument('---\ntype: postmortem\n---\n\nText.\n').isPostmortem).toBe(true);
  });

  it('reads a run of timed entries under any heading as the timeline, and a heading that asks why as causes', () => {
    const logged =
      '# Ledger sync stalled at noon\n\n## Where things went\n\n1. 2026-05-02T11:58:10Z — Sync job stops acknowledging batches.\n2. 2026-05-02T12:03:40Z — Queue depth alert fires.\n3. 2026-05-02T12:20:05Z — Job restarted; backlog drains.\n\n## Why did the job stop?\n\nIts lease was never renewed.\n\n## Next\n\n- Renew leases on a timer.\n';
    const doc = parseDocument(logged);
    expect(doc.isPostmortem).toBe(true);
    expect(doc.sections.find((s) => s.heading.startsWith('Why'))?.kind).toBe('contributing-factors');
    // A README's question is not a cause: "Why use it?", "Why it matters".
    expect(
      parseDocument('# Glob\n\n## Why use it?\n\nSpeed.\n\n## Why it matters\n\nMore speed.\n').sections.map(
        (s) => s.kind,
      ),
    ).toEqual([null, null, null]);
    // A library's docs on a word's root are not a root cause, and do not make a postmortem ("Root / lemma").
    expect(
      parseDocument(
        '# Match syntax\n\nThe match syntax finds words and phrases in a parsed document by their text, tags or roots.\nIt matches whole words, not characters.\n\n## Overview\n\nA table.\n\n### Root / lemma — `{root}`\n\nMatches the root.\n\n### What is not supported\n\nLookbehind.\n',
      ).isPostmortem,
    ).toBe(false);
    // A list of three dated notes with no second section is still not enough to call a README a postmortem.
    expect(
      parseDocument('# Release notes\n\n- 2026-05-02T11:58Z v1.2\n- 2026-05-03T10:00Z v1.3\n- 2026-05-04T09:00Z v1.4\n')
        .isPostmortem,
    ).toBe(false);
  });

  it('reads a section told under time headings as the timeline, whatever its heading says', () => {
    const told =
      '# Subtitles drifted\n\n## In short\n\nCaptions lagged.\n\n## What we saw, minute by minute\n\n### 19:02\n- Lag 10 s.\n\n### 19:15\n- Lag 40 s.\n\n## Actions\n\n- Add an alert.\n';
    const doc = parseDocument(told);
    expect(doc.isPostmortem).toBe(true);
    expect(doc.sections.find((s) => s.heading.startsWith('What we saw'))?.kind).toBe('timeline');
    expect(doc.sections.find((s) => s.heading === '19:15')?.parentKind).toBe('timeline');
    // One time heading is a moment in a story, and release numbers are not times.
    expect(parseDocument('## What happened\n\n### 19:02\n- Lag 10 s.\n').sections[0]?.kind).toBe('summary');
    expect(parseDocument('## Versions\n\n### 1.2.0\n- A.\n\n### 1.3.0\n- B.\n').sections[0]?.kind).toBe(null);
  });

  it('reads a heading no alias or pattern names with the heading model, and only when it is sure', () => {
    const doc = parseDocument(
      [
        '## Weak spots we found', // causes, in words the patterns do not list
        '## Stuff still to fix',
        '## What this taught the team',
        '## Impact',
        '## Purple monkey dishwasher',
        '## Timeline-ish notes from Dana',
      ].join('\n\n- An item.\n\n'),
    );
    expect(doc.sections.map((s) => s.kind)).toEqual([
      'contributing-factors',
      'action-items',
      'lessons',
      null, // another section's name
      null, // words the model never met
      'timeline', // the patterns, not the model (which never answers "timeline")
    ]);
  });

  it('recognises a postmortem by the sections its headings name outright, not by what the model reads', () => {
    const readme = parseDocument(
      '# Linter\n\n## Weak spots we found\n\n- Slow.\n\n## Stuff still to fix\n\n- Speed.\n',
    );
    expect(readme.sections.map((s) => s.kind)).toEqual([null, 'contributing-factors', 'action-items']);
    expect(readme.isPostmortem).toBe(false);
    const named = parseDocument('# Linter\n\n## Root causes\n\n- Slow.\n\n## Action items\n\n- Speed.\n');
    expect(named.isPostmortem).toBe(true);
  });

  it('does not read a bold label with the heading model: a label inside a section is as often a lead-in', () => {
    const doc = parseDocument(
      '## Resolution\n\n**Stuff still to fix:**\n\n- Scale the relay nodes\n\n## Stuff still to fix\n\n- Add an alert\n',
    );
    expect(doc.sections.map((s) => s.kind)).toEqual([null, 'action-items']);
    expect(classifyLabel('Stuff still to fix')).toBeNull();
    expect(classifyHeading('Stuff still to fix')).toBe('action-items');
  });

  it('reads what must happen next as action items, and what happened as nothing of the kind', () => {
    expect(classifyHeading('What needs to happen')).toBe('action-items');
    expect(classifyHeading('What has to change')).toBe('action-items');
    expect(classifyHeading('What must change')).toBe('action-items');
    expect(classifyHeading('What happened')).not.toBe('action-items');
  });

  it('reads a bilingual heading by the name in its brackets, and a zone in brackets as nothing', () => {
    const doc = parseDocument(
      '## Ações (Action items)\n\n- Add an alert.\n\n## Notizen (all times UTC)\n\n- 14:02 page\n',
    );
    expect(doc.sections.map((s) => s.kind)).toEqual(['action-items', null]);
  });

  it('lets a section named in brackets win over the words before it, not a section only mentioned there', () => {
    const doc = parseDocument(
      '## Summary (timeline below)\n\nText.\n\n## What went wrong (lessons)\n\n- A.\n\n## If we had to do it again\n\n- B.\n',
    );
    expect(doc.sections.map((s) => s.kind)).toEqual(['summary', 'lessons', 'lessons']);
  });

  it('reads the usual section names of other languages, for English postmortems headed in them', () => {
    const named: Array<[string, string]> = [
      ['Resumen', 'summary'],
      ['Linha do tempo (UTC)', 'timeline'],
      ['Facteurs contributifs', 'contributing-factors'],
      ['Erkenntnisse', 'lessons'],
      ['Działania', 'action-items'],
      ['Sammendrag', 'summary'],
      ['Tidslinje', 'timeline'],
      ['原因分析', 'contributing-factors'],
      ['Lezioni apprese', 'lessons'],
      ['Yapılacaklar', 'action-items'],
      ['対策', 'action-items'],
    ];
    const doc = parseDocument(named.map(([heading]) => `## ${heading}\n\n- 14:02 text\n`).join('\n'));
    expect(doc.sections.map((s) => [s.heading, s.kind])).toEqual(named);
  });

  it('takes a title that names an incident as evidence, not one that teaches about incidents', () => {
    // A blog post with one canonical section under an incident title.
    expect(
      parseDocument(
        '# Mirror outage on 3 May\n\nThe mirror was down for two hours.\n\n## Why did it happen?\n\nA cron job filled the disk.\n',
      ).isPostmortem,
    ).toBe(true);
    // The title in front matter, no canonical heading, the vocabulary of incidents in the text.
    expect(
      parseDocument(
        '---\ntitle: "Post-mortem: login downtime"\n---\n\nLogins failed for an hour; the outage began after a deploy.\n',
      ).isPostmortem,
    ).toBe(true);
    expect(parseDocument('# How to write a postmortem\n\n## Summary\n\nSay what broke.\n').isPostmortem).toBe(false);
    expect(parseDocument('# Release notes\n\n## Root cause analysis tool\n\nNew in 2.0.\n').isPostmortem).toBe(false);
  });

  it('lets front matter decide either way', () => {
    expect(parseDocument('---\ntype: incident-report\n---\n\nText.\n').isPostmortem).toBe(true);
    expect(
      parseDocument('---\ntype: other\n---\n\n# Outage review\n\n## Timeline\n\n- 14:02 a\n\n## Root cause\n\nb\n')
        .isPostmortem,
    ).toBe(false);
  });

  it('reads headings as teams write them', () => {
    const kinds = (h: string) => parseDocument(`## ${h}\n`).sections[0]!.kind;
    expect(kinds(':seedling: Lessons we took away')).toBe('lessons');
    expect(kinds('🔥 Timeline')).toBe('timeline');
    expect(kinds('Timeline summary')).toBe('timeline');
    expect(kinds('Things that went badly')).toBe('lessons');
    expect(kinds('What can we learn from this?')).toBe('lessons');
    expect(kinds('How did we let this happen?')).toBe('contributing-factors');
    expect(kinds('How are we preventing it from happening again?')).toBe('action-items');
    expect(kinds("What we're changing")).toBe('action-items');
    expect(kinds('So what happened?')).toBe('summary');
    // A README's "Contributing" is about pull requests; a sentence used as a heading names no section.
    expect(kinds('Contributing')).toBe(null);
    expect(kinds('We kept the old cluster running while the new one came up and then moved the traffic')).toBe(null);
  });

  it('never reads a code heading as a section', () => {
    const doc = parseDocument('## `Jack.description(text)`\n\n## Actions\n');
    expect(doc.sections.map((s) => s.kind)).toEqual([null, 'action-items']);
  });
});
