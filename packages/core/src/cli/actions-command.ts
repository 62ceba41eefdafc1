// `blameless-lint actions [paths]`: did the follow-ups land? The CLI's main dispatches here when
// argv[0] === 'actions' (register `actions: runActionsCommand` in src/cli/subcommands.ts).
import { parseArgs } from 'node:util';
import type { CliIo } from './io.js';
import { isRealIsoDate } from '../config/iso-date.js';
import { printable } from '../report/printable.js';
import { collectActions } from '../node/collect-actions.js';
import { ACTIONS_FORMATS, formatActions, type ActionsFormat } from '../actions/format.js';

const ACTIONS_HELP = `Usage: blameless-lint actions [paths...] [options]

List every action item in the postmortems under paths (default: .): document, item, owner, due date,
status (open, done, overdue) and the problems the action-item rules find.

Options:
  -f, --format <name>   table (default), json, csv or markdown
      --fail-on-overdue exit 1 when an open item is past its due date
      --now <date>      "today" for the overdue status (YYYY-MM-DD); default: config \`now\`, else the clock
  -c, --config <file>   use this config file instead of the nearest one
  -h, --help            show this help

Exit codes: 0 listed; 1 an item is overdue (with --fail-on-overdue); 2 bad arguments or an unreadable file.
`;

export async function runActionsCommand(argv: string[], io: CliIo): Promise<number> {
  let values, positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        'fail-on-overdue': { type: 'boolean' },
        now: { type: 'string' },
        config: { type: 'string', short: 'c' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return usage(io, (error as Error).message);
  }
  if (values.help) {
    io.stdout.write(ACTIONS_HELP);
    return 0;
  }
  const format = (values.format ?? 'table') as ActionsFormat;
  if (!ACTIONS_FORMATS.includes(format))
    return usage(io, `unknown format "${values.format}" (use ${ACTIONS_FORMATS.join(', ')})`);
  if (values.now !== undefined && !isRealIsoDate(values.now))
    return usage(io, `--now is not a date: ${values.now} (give a real ISO date such as 2026-01-31)`);
  const { items, errors } = await collectActions(positionals, {
    cwd: io.cwd,
    configFile: values.config,
    now: values.now,
  });
  for (const e of errors) io.stderr.write(`blameless-lint: ${printable(e.path)}: ${e.error}\n`);
  io.stdout.write(formatActions(items, format));
  if (errors.length) return 2;
  return values['fail-on-overdue'] && items.some((i) => i.status === 'overdue') ? 1 : 0;
}

function usage(io: CliIo, message: string): number {
  io.stderr.write(`blameless-lint actions: ${message}\nRun blameless-lint actions --help for usage.\n`);
  return 2;
}
