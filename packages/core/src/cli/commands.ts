import { resolve } from 'node:path';
import type { CliOptions } from './args.js';
import { createConfigSource } from '../node/config-source.js';
import { rules } from '../node/core.js';
import { suggest } from './overrides.js';
import { UsageError } from './usage-error.js';

// The informational commands: each prints to stdout and the run ends with exit code 0.

/** `--list-rules`: one aligned line per rule. */
export function listRules(): string {
  const rows = rules.map((r) => [r.id, r.defaultSeverity, r.scope, r.fixable ? 'fixable' : '', r.description]);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => row[i]!.length)));
  return `${rows
    .map((row) =>
      row
        .map((cell, i) => (i < 4 ? cell.padEnd(widths[i]!) : cell))
        .join('  ')
        .replace(/\s+$/, ''),
    )
    .join('\n')}\n`;
}

/** `--explain RULE`: the rule's documentation, then where it lives online. */
export function explain(id: string): string {
  const rule = rules.find((r) => r.id === id);
  if (!rule)
    throw new UsageError(
      `--explain: unknown rule "${id}"${suggest(
        id,
        rules.map((r) => r.id),
      )} (see --list-rules)`,
    );
  return `${rule.docs.trimEnd()}\n\nDefault severity: ${rule.defaultSeverity}. Docs: ${rule.url}\n`;
}

/** `--print-config FILE`: the resolved config for FILE (with --config and --rule applied), as JSON. */
export function printConfig(file: string, options: CliOptions, cwd: string): string {
  const source = createConfigSource({ cwd, configFile: options.config, overrides: options.rules });
  return `${JSON.stringify(source.configFor(resolve(cwd, file)).config, null, 2)}\n`;
}
