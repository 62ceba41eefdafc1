/**
 * The faces of the linter as functions of one shape: a folder (the examples and a `.blamelessrc.json` that fixes
 * "today") and file names -> the findings per file, each as rule id, severity, 1-based range and message.
 * The unit test compares the npm-only ones (CLI, unified plugin, language server); the e2e test adds the
 * playground in Chromium (test/e2e/surfaces/playground-surface.ts). Adding a face is adding a function.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { VFile } from 'vfile';
import { expect } from 'vitest';
import remarkBlameless from '../../packages/remark-blameless/src/node.ts';
import { runCli, tempTree } from '../cli/run-cli.js';
import { buildServer, Client } from '../lsp/harness.js';
import { copyExamples } from '../remark/run-remark.js';

export interface Finding {
  ruleId: string;
  severity: string;
  /** 1-based `line:column-line:column`, as the CLI and vfile count (and the playground shows). */
  range: string;
  message: string;
}
export type Findings = Record<string, Finding[]>;
export type Surface = (dir: string, names: string[]) => Promise<Findings>;

/** "Today" for every surface: deadlines are overdue or not the same way on any day the tests run. */
export const TODAY = '2026-01-01';

export const span = (s: { line: number; column: number }, e: { line: number; column: number }) =>
  `${s.line}:${s.column}-${e.line}:${e.column}`;

/** examples/ copied into a temp folder with a config that fixes today; remove it when done. */
export function examplesFolder(): { dir: string; names: string[]; remove(): void } {
  const folder = tempTree({ '.blamelessrc.json': JSON.stringify({ now: TODAY }) });
  return { ...folder, names: copyExamples(folder.dir) };
}

/** The built CLI, `--format json`: the reference. */
export const cli: Surface = async (dir, names) => {
  const run = runCli(['--format', 'json', ...names], { cwd: dir });
  const report = JSON.parse(run.stdout) as {
    files: Array<{
      path: string;
      diagnostics: Array<{ ruleId: string; severity: string; range: { start: any; end: any }; message: string }>;
    }>;
  };
  return Object.fromEntries(
    report.files.map((f) => [
      f.path,
      f.diagnostics.map((d) => ({
        ruleId: d.ruleId,
        severity: d.severity,
        range: span(d.range.start, d.range.end),
        message: d.message,
      })),
    ]),
  );
};

/** remark-blameless in a unified pipeline, the file read from disk with its path (so config files apply). */
export const unifiedPlugin: Surface = async (dir, names) => {
  const out: Findings = {};
  for (const name of names) {
    const file = new VFile({ path: join(dir, name), cwd: dir, value: readFileSync(join(dir, name), 'utf8') });
    const processor = unified().use(remarkParse).use(remarkBlameless);
    await processor.run(processor.parse(file), file);
    out[name] = file.messages.map((m) => ({
      ruleId: String(m.ruleId),
      severity: m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info',
      range: span(
        m.place && 'start' in m.place ? m.place.start : { line: 0, column: 0 },
        m.place && 'end' in m.place ? m.place.end : { line: 0, column: 0 },
      ),
      message: m.reason,
    }));
  }
  return out;
};

/** The built language server over JSON-RPC: each file opened as an editor opens it, its published diagnostics. */
export const languageServer: Surface = async (dir, names) => {
  await buildServer();
  const client = new Client({ root: dir });
  const severities = ['', 'error', 'warning', 'info'];
  try {
    await client.initialize();
    const out: Findings = {};
    for (const name of names) {
      const published = client.diagnostics(client.uri(name));
      await client.open(name, readFileSync(join(dir, name), 'utf8'), name.endsWith('.txt') ? 'plaintext' : 'markdown');
      out[name] = (await published).diagnostics.map((d) => ({
        ruleId: String(d.code),
        severity: severities[d.severity ?? 0]!,
        range: span(
          { line: d.range.start.line + 1, column: d.range.start.character + 1 },
          { line: d.range.end.line + 1, column: d.range.end.character + 1 },
        ),
        message: d.message,
      }));
    }
    return out;
  } finally {
    await client.shutdown();
  }
};

/** The npm-only surfaces compared with the CLI (no browser). */
export const npmSurfaces: Record<string, Surface> = {
  'unified plugin': unifiedPlugin,
  'language server': languageServer,
};

const order = (list: Finding[]) =>
  [...list].sort(
    (a, b) =>
      a.range.localeCompare(b.range, 'en', { numeric: true }) ||
      a.ruleId.localeCompare(b.ruleId) ||
      a.message.localeCompare(b.message),
  );

/** Fails unless `got` has, for every file, the reference's findings (order aside): names the surface and file. */
export function expectSameFindings(surface: string, got: Findings, reference: Findings, names: string[]): void {
  for (const name of names)
    expect({ surface, name, findings: order(got[name] ?? []) }).toEqual({
      surface,
      name,
      findings: order(reference[name] ?? []),
    });
}
