// Output formats of the `actions` report: an aligned table for terminals, JSON, CSV (RFC 4180) and a
// Markdown table for issues and wikis.
import { printable } from '../report/printable.js';
import type { ActionRow } from './report-rows.js';

export type ActionsFormat = 'table' | 'json' | 'csv' | 'markdown';
/** The formats of the `actions` report. */
export const ACTIONS_FORMATS: ActionsFormat[] = ['table', 'json', 'csv', 'markdown'];

const COLUMNS = ['document', 'line', 'item', 'owner', 'due', 'status', 'ticket', 'problems'] as const;

function cells(row: ActionRow): Record<(typeof COLUMNS)[number], string> {
  return {
    document: row.document,
    line: String(row.line),
    item: row.item,
    owner: row.owner ?? '',
    due: row.due ?? row.dueText ?? '',
    status: row.status,
    ticket: row.tickets.join(' '),
    problems: row.problems.map((p) => p.ruleId).join(', '),
  };
}

/** Width in terminal columns, counting wide (CJK, emoji) characters as two. */
function width(s: string): number {
  let w = 0;
  for (const ch of s)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1faff}]/u.test(
        ch,
      )
        ? 2
        : 1;
  return w;
}

function clip(s: string, max: number): string {
  if (width(s) <= max) return s;
  let out = '';
  for (const ch of s) {
    if (width(out + ch) > max - 1) break;
    out += ch;
  }
  return `${out}…`;
}

function table(rows: readonly ActionRow[]): string {
  if (!rows.length) return 'No action items found.\n';
  // A terminal table: control characters in a file name or an item are shown escaped, as stylish does.
  const data = rows.map((r) => {
    const c = Object.fromEntries(Object.entries(cells(r)).map(([k, v]) => [k, printable(v)])) as ReturnType<
      typeof cells
    >;
    return { ...c, item: clip(c.item, 60) };
  });
  const widths = COLUMNS.map((c) => Math.max(width(c), ...data.map((d) => width(d[c]))));
  const line = (values: string[]) =>
    values
      .map((v, i) => (i === values.length - 1 ? v : v + ' '.repeat(widths[i] - width(v))))
      .join('  ')
      .trimEnd();
  const open = rows.filter((r) => r.status === 'open').length;
  const overdue = rows.filter((r) => r.status === 'overdue').length;
  const done = rows.filter((r) => r.status === 'done').length;
  return (
    [
      line(COLUMNS.map((c) => c.toUpperCase())),
      ...data.map((d) => line(COLUMNS.map((c) => d[c]))),
      '',
      `${rows.length} action item${rows.length === 1 ? '' : 's'}: ${open} open, ${overdue} overdue, ${done} done`,
    ].join('\n') + '\n'
  );
}

function csvField(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csv(rows: readonly ActionRow[]): string {
  const head = ['document', 'line', 'item', 'owner', 'due', 'due_text', 'status', 'tickets', 'problems'];
  const body = rows.map((r) =>
    [
      r.document,
      String(r.line),
      r.item,
      r.owner ?? '',
      r.due ?? '',
      r.dueText ?? '',
      r.status,
      r.tickets.join(' '),
      r.problems.map((p) => p.ruleId).join(' '),
    ]
      .map(csvField)
      .join(','),
  );
  return [head.join(','), ...body].join('\r\n') + '\r\n';
}

function mdCell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function markdown(rows: readonly ActionRow[]): string {
  if (!rows.length) return 'No action items found.\n';
  const head = ['Document', 'Line', 'Item', 'Owner', 'Due', 'Status', 'Ticket', 'Problems'];
  const body = rows.map((r) => {
    const c = cells(r);
    return `| ${COLUMNS.map((k) => mdCell(c[k])).join(' | ')} |`;
  });
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...body].join('\n') + '\n';
}

/** Renders action-item rows as an aligned table, JSON, CSV or a Markdown table. */
export function formatActions(rows: readonly ActionRow[], format: ActionsFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(rows, null, 2) + '\n';
    case 'csv':
      return csv(rows);
    case 'markdown':
      return markdown(rows);
    default:
      return table(rows);
  }
}
