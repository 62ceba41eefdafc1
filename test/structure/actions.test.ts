import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lint } from '@blameless-lint/core';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionItems, formatActions } from '../../packages/core/src/actions/index.js';
import { runActionsCommand } from '../../packages/core/src/cli/actions-command.js';
import type { CliIo } from '../../packages/core/src/cli/io.js';

const DOC = `# Checkout outage

## Summary

Checkout failed for 41 minutes. About 1,900 orders failed.

## Action items

- [ ] Add a retry budget to the payment client (owner: @kim, due 2026-07-15)
- [x] Rotate the deploy token (owner: @ngozi, due 2026-06-01)
- [ ] Platform team to look into the cache warmup
- [ ] Priya to add a canary stage for config deploys by 2027-01-31 [OPS-12]
`;

describe('actionItems (library)', () => {
  it("lists every item with owner, due, status, tickets and the rules' problems", () => {
    const rows = actionItems(DOC, { filePath: 'pm/checkout.md', now: '2026-11-27' });
    expect(rows.map((r) => [r.line, r.owner, r.due, r.status])).toEqual([
      [9, '@kim', '2026-07-15', 'overdue'],
      [10, '@ngozi', '2026-06-01', 'done'],
      [11, 'Platform team', null, 'open'],
      [12, 'Priya', '2027-01-31', 'open'],
    ]);
    expect(rows[0].problems.map((p) => p.ruleId)).toEqual(['action-item-overdue']);
    expect(rows[2].problems.map((p) => p.ruleId).sort()).toEqual([
      'action-item-deadline',
      'action-item-owner',
      'vague-action-item',
    ]);
    expect(rows[3]).toMatchObject({
      item: 'Priya to add a canary stage for config deploys by 2027-01-31 [OPS-12]',
      tickets: ['OPS-12'],
      problems: [],
    });
  });

  it('uses now: nothing is overdue before the date', () => {
    expect(actionItems(DOC, { now: '2026-07-01' }).map((r) => r.status)).toEqual(['open', 'done', 'open', 'open']);
  });
});

describe('formatActions', () => {
  const rows = actionItems(DOC, { filePath: 'pm/checkout.md', now: '2026-11-27' });

  it('table: aligned columns and a summary', () => {
    const lines = formatActions(rows, 'table').split('\n');
    expect(lines[0]).toMatch(/^DOCUMENT\s+LINE\s+ITEM\s+OWNER\s+DUE\s+STATUS\s+TICKET\s+PROBLEMS$/);
    const col = lines[0].indexOf('OWNER');
    expect(lines.slice(1, 5).map((l) => l.slice(col).split(/\s{2,}/)[0])).toEqual([
      '@kim',
      '@ngozi',
      'Platform team',
      'Priya',
    ]);
    expect(lines.at(-2)).toBe('4 action items: 2 open, 1 overdue, 1 done');
    // The TICKET column is what action-item-tracked reads as a tracker reference.
    expect(lines[4]!.slice(lines[0].indexOf('TICKET')).split(/\s{2,}/)[0]).toBe('OPS-12');
  });

  it('json, csv and markdown', () => {
    expect(JSON.parse(formatActions(rows, 'json'))).toHaveLength(4);
    const csv = formatActions(rows, 'csv').split('\r\n');
    expect(csv[0]).toBe('document,line,item,owner,due,due_text,status,tickets,problems');
    expect(csv[1]).toBe(
      'pm/checkout.md,9,"Add a retry budget to the payment client (owner: @kim, due 2026-07-15)",@kim,2026-07-15,2026-07-15,overdue,,action-item-overdue',
    );
    const md = formatActions(rows, 'markdown').split('\n');
    expect(md[0]).toBe('| Document | Line | Item | Owner | Due | Status | Ticket | Problems |');
    expect(md).toHaveLength(4 + 3);
  });
});

describe('blameless-lint actions (command)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bl-actions-'));
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', 'checkout.md'), DOC);
    writeFileSync(join(dir, 'docs', 'notes.md'), '# Notes\n\nNo action items here.\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = async (argv: string[]) => {
    let out = '';
    let err = '';
    const io: CliIo = {
      stdout: { write: (t: string) => (out += t) },
      stderr: { write: (t: string) => (err += t) },
      stdin: (async function* () {})(),
      cwd: dir,
      env: {},
    };
    const code = await runActionsCommand(argv, io);
    return { code, out, err };
  };

  it('lists items across a folder; --fail-on-overdue exits 1 when one is overdue', async () => {
    const r = await run(['docs', '--now', '2026-11-27']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('docs/checkout.md');
    expect(r.out).toContain('1 overdue');
    expect((await run(['docs', '--now', '2026-11-27', '--fail-on-overdue'])).code).toBe(1);
    expect((await run(['docs', '--now', '2026-07-01', '--fail-on-overdue'])).code).toBe(0);
  });

  it('--format json|csv|markdown', async () => {
    const json = JSON.parse((await run(['docs', '--format', 'json', '--now', '2026-11-27'])).out);
    expect(json.map((r: { document: string }) => r.document)).toEqual(Array(4).fill('docs/checkout.md'));
    expect((await run(['docs', '-f', 'csv'])).out.startsWith('document,line,item')).toBe(true);
    expect((await run(['docs', '-f', 'markdown'])).out.startsWith('| Document |')).toBe(true);
  });

  it('bad arguments and missing paths exit 2 with a message', async () => {
    expect(await run(['--format', 'xml'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('unknown format "xml"'),
    });
    expect(await run(['--now', 'someday'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('--now is not a date'),
    });
    expect(await run(['--bogus'])).toMatchObject({ code: 2 });
    expect(await run(['nope'])).toMatchObject({ code: 2, err: expect.stringContaining('nope: no such file') });
    expect((await run(['--help'])).out).toContain('Usage: blameless-lint actions');
  });
});

describe('the actions report and the rules read the same items', () => {
  const dir = fileURLToPath(new URL('../../examples/', import.meta.url));
  const examples = readdirSync(dir).filter((f) => /^\d\d-.*\.(md|txt)$/.test(f));

  it.each(examples)(
    '%s: every open item without an owner, a date or a ticket is one the rules flag, and no other',
    (file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const options = { filePath: file, now: '2026-11-27', config: { extends: 'strict' as const } };
      const rows = actionItems(text, options);
      const lines = (ruleId: string) =>
        new Set(
          lint(text, options)
            .diagnostics.filter((d) => d.ruleId === ruleId)
            .map((d) => d.range.start.line),
        );
      const open = rows.filter((r) => r.status !== 'done');
      // Owner: the report's owner column is empty exactly where the rule finds no owner at all.
      const ownerless = lines('action-item-owner');
      for (const r of open.filter((x) => x.owner === null))
        expect(ownerless.has(r.line), `${file}:${r.line} has no owner`).toBe(true);
      // Date: no date and no deadline text where the rule says there is no due date; a date where overdue fires.
      const undated = lines('action-item-deadline');
      for (const r of open.filter((x) => x.due === null && x.dueText === null))
        expect(undated.has(r.line), `${file}:${r.line} has no date`).toBe(true);
      for (const line of lines('action-item-overdue'))
        expect(rows.find((r) => r.line === line)?.status, `${file}:${line} overdue`).toBe('overdue');
      // Tracker: the TICKET column is empty exactly where action-item-tracked fires.
      const untracked = lines('action-item-tracked');
      for (const r of open)
        expect(untracked.has(r.line), `${file}:${r.line} ticket ${r.tickets.join(' ')}`).toBe(r.tickets.length === 0);
      // Done items draw no finding from any action rule.
      for (const r of rows.filter((x) => x.status === 'done')) expect(r.problems, `${file}:${r.line}`).toEqual([]);
      // Every generated format carries the same rows.
      expect(JSON.parse(formatActions(rows, 'json'))).toHaveLength(rows.length);
      expect(formatActions(rows, 'csv').trim().split('\r\n')).toHaveLength(rows.length + 1);
      if (rows.length) expect(formatActions(rows, 'markdown').trim().split('\n')).toHaveLength(rows.length + 2);
    },
  );
});
