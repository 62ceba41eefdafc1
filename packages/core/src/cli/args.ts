import { DEFAULT_MAX_FILE_SIZE } from '../node/read-text.js';
import { parseArgs } from 'node:util';
import type { SeverityLevel } from '../types.js';
import { isFormatName, type FormatName } from '../report/index.js';
import { DEFAULT_CACHE_FILE } from '../node/cache.js';
import { UsageError } from './usage-error.js';
import { isRealIsoDate } from '../config/iso-date.js';

export { DEFAULT_MAX_FILE_SIZE };

export interface RuleOverride {
  id: string;
  severity: SeverityLevel;
}

/** What the command line asked for, validated. */
export interface CliOptions {
  paths: string[];
  format: FormatName;
  rules: RuleOverride[];
  config?: string;
  maxWarnings?: number;
  quiet: boolean;
  stdin: boolean;
  stdinFilename?: string;
  listRules: boolean;
  explain?: string;
  printConfig?: string;
  color?: boolean;
  version: boolean;
  help: boolean;
  maxFileSize: number;
  now?: string;
  /** Worker threads; undefined means the default (the cores available). */
  jobs?: number;
  /** Cache file to read and write; undefined means no cache. */
  cache?: string;
  /** `--fix` (write) or `--fix-dry-run`; undefined: report only. */
  fix?: 'write' | 'dry-run';
}

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  rule: { type: 'string', multiple: true },
  config: { type: 'string', short: 'c' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  'list-rules': { type: 'boolean' },
  explain: { type: 'string' },
  'print-config': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
  'max-file-size': { type: 'string' },
  now: { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
} as const;

/** Parses argv (without node and the script). Throws UsageError on anything it cannot accept. */
export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional.*$/s, ''));
  }
  const v = parsed.values;
  const format = v.format ?? 'stylish';
  if (!isFormatName(format))
    throw new UsageError(`unknown format "${format}" (use stylish, json, sarif, github or compact)`);
  if (v['stdin-filename'] !== undefined && !v.stdin) throw new UsageError('--stdin-filename needs --stdin');
  if (v.stdin && parsed.positionals.length > 0)
    throw new UsageError('--stdin lints standard input; do not give paths with it');
  if (v.fix && v['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run cannot be used together');
  // As ESLint: there is no file to write standard input's fixes to.
  if (v.fix && v.stdin)
    throw new UsageError(
      '--fix writes files and cannot fix standard input; use --fix-dry-run (the json format gives the fixed text as `output`)',
    );
  return {
    paths: parsed.positionals.length > 0 ? parsed.positionals : ['.'],
    format,
    rules: (v.rule ?? []).map(parseRuleOverride),
    config: v.config,
    maxWarnings: v['max-warnings'] === undefined ? undefined : nonNegativeInteger('--max-warnings', v['max-warnings']),
    quiet: v.quiet ?? false,
    stdin: v.stdin ?? false,
    stdinFilename: v['stdin-filename'],
    listRules: v['list-rules'] ?? false,
    explain: v.explain,
    printConfig: v['print-config'],
    color: v['no-color'] ? false : v.color,
    version: v.version ?? false,
    help: v.help ?? false,
    maxFileSize: v['max-file-size'] === undefined ? DEFAULT_MAX_FILE_SIZE : parseSize(v['max-file-size']),
    now: v.now === undefined ? undefined : isoDate(v.now),
    jobs: v.jobs === undefined ? undefined : positiveInteger('--jobs', v.jobs),
    cache: v.cache || v['cache-location'] !== undefined ? (v['cache-location'] ?? DEFAULT_CACHE_FILE) : undefined,
    fix: v.fix ? 'write' : v['fix-dry-run'] ? 'dry-run' : undefined,
  };
}

const SEVERITIES = new Set(['error', 'warning', 'info', 'off']);

/** `id:severity`, e.g. `counterfactual:off`. */
export function parseRuleOverride(text: string): RuleOverride {
  const colon = text.lastIndexOf(':');
  const id = text.slice(0, colon).trim();
  const severity = text.slice(colon + 1).trim();
  if (colon <= 0 || !SEVERITIES.has(severity)) {
    throw new UsageError(`--rule expects id:severity with severity error, warning, info or off (got "${text}")`);
  }
  return { id, severity: severity as SeverityLevel };
}

function positiveInteger(flag: string, text: string): number {
  const n = nonNegativeInteger(flag, text);
  if (n === 0) throw new UsageError(`${flag} expects a whole number >= 1 (got "${text}")`);
  return n;
}

function nonNegativeInteger(flag: string, text: string): number {
  if (!/^\d+$/.test(text.trim())) throw new UsageError(`${flag} expects a whole number >= 0 (got "${text}")`);
  return Number(text);
}

/** A byte count with an optional unit: `500000`, `512KB`, `10MB`, `1GB` (binary multiples). */
export function parseSize(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?\s*$/i.exec(text);
  if (!m) throw new UsageError(`--max-file-size expects a size such as 10MB or 500000 (got "${text}")`);
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.round(Number(m[1]) * factor);
}

function isoDate(text: string): string {
  if (!isRealIsoDate(text)) throw new UsageError(`--now expects a real ISO date such as 2026-01-31 (got "${text}")`);
  return text;
}
