import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { VFile } from 'vfile';
import remarkBlameless from '../../packages/remark-blameless/src/node.ts';
import { runCli, tempTree } from '../cli/run-cli.js';
import { buildServer, Client } from '../lsp/harness.js';
import { copyExamples } from '../remark/run-remark.js';

/**
 * Every face of the linter gives the same findings on every file of examples/: rule id, severity, range and
 * message. Each surface is one function from a folder (the examples and a `.blamelessrc.json` that fixes
 * "today") to the findings per file name; adding a face (the browser playground) is adding a function here.
 */
interface Finding {
  ruleId: string;
  severity: string;
  /** 1-based `line:column-line:column`, as the CLI and vfile count. */
  range: string;
  message: string;
}
type Findings = Record<string, Finding[]>;
type Surface = (dir: string, names: string[]) => Promise<Findings>;

const span = (s: { line: number; column: number }, e: { line: number; column: number }) => `${s.line}:${s.column}-${e.line}:${e.column}`;

/** The built CLI, `--format json`. */
const cli: Surface = async (dir, names) => {
  const run = runCli(['--format', 'json', ...names], { cwd: dir });
  const report = JSON.parse(run.stdout) as { files: Array<{ path: string; diagnostics: Array<{ ruleId: string; severity: string; range: { start: any; end: any }; message: string }> }> };
  return Object.fromEntries(report.files.map((f) => [f.path, f.diagnostics.map((d) => ({ ruleId: d.ruleId, severity: d.severity, range: span(d.range.start, d.range.end), message: d.message }))]));
};

/** remark-blameless in a unified pipeline, the file read from disk with its path (so config files apply). */
const unifiedPlugin: Surface = async (dir, names) => {
  const out: Findings = {};
  for (const name of names) {
    const file = new VFile({ path: join(dir, name), cwd: dir, value: readFileSync(join(dir, name), 'utf8') });
    const processor = unified().use(remarkParse).use(remarkBlameless);
    await processor.run(processor.parse(file), file);
    out[name] = file.messages.map((m) => ({
      ruleId: String(m.ruleId),
      severity: m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info',
      range: span(m.place && 'start' in m.place ? m.place.start : { line: 0, column: 0 }, m.place && 'end' in m.place ? m.place.end : { line: 0, column: 0 }),
      message: m.reason,
    }));
  }
  return out;
};

/** The built language server over JSON-RPC: each file opened as an editor opens it, its published diagnostics. */
const languageServer: Surface = async (dir, names) => {
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
        range: span({ line: d.range.start.line + 1, column: d.range.start.character + 1 }, { line: d.range.end.line + 1, column: d.range.end.character + 1 }),
        message: d.message,
      }));
    }
    return out;
  } finally {
    await client.shutdown();
  }
};

const surfaces: Record<string, Surface> = { 'unified plugin': unifiedPlugin, 'language server': languageServer };

const order = (list: Finding[]) => [...list].sort((a, b) => a.range.localeCompare(b.range, 'en', { numeric: true }) || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message));

let folder: ReturnType<typeof tempTree>;
let names: string[];
let reference: Findings;
beforeAll(async () => {
  await buildServer();
  folder = tempTree({ '.blamelessrc.json': JSON.stringify({ now: '2026-01-01' }) });
  names = copyExamples(folder.dir);
  reference = await cli(folder.dir, names);
}, 120_000);
afterAll(() => folder?.remove());

describe('the same findings on examples/ through every surface', () => {
  it('the CLI reports every example (the reference)', () => {
    expect(Object.keys(reference).sort()).toEqual(names);
    expect(Object.values(reference).flat().length).toBeGreaterThan(40);
  });

  it.each(Object.keys(surfaces))('%s: same rule ids, severities, ranges and messages as the CLI', async (surface) => {
    const got = await surfaces[surface]!(folder.dir, names);
    for (const name of names) expect({ name, findings: order(got[name] ?? []) }).toEqual({ name, findings: order(reference[name]!) });
  }, 120_000);
});
