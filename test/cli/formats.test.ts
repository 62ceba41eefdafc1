import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLEAN_DOC, WARNING_DOC, runCli, tempTree } from './run-cli.js';

// Every format through the built CLI on a real folder: one file with a finding, one clean.
let tree: ReturnType<typeof tempTree>;
beforeAll(() => {
  tree = tempTree({ 'docs/cache.md': WARNING_DOC, 'docs/deploy.md': CLEAN_DOC });
});
afterAll(() => tree.remove());

describe('--format', () => {
  it('stylish groups findings under the file, aligned, with a summary; no colour when stdout is a pipe', () => {
    const r = runCli(['docs'], { cwd: tree.dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('\ndocs/cache.md\n');
    expect(r.stdout).toMatch(/^ {2}3:1 {2}warning {2}Unknown rule "no-such-rule".* {2}unused-suppression$/m);
    expect(r.stdout).toContain('✖ 1 problem (0 errors, 1 warning, 0 infos)');
    expect(r.stdout).not.toContain('docs/deploy.md');
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('stylish prints nothing for a clean run', () => {
    const r = runCli(['docs/deploy.md'], { cwd: tree.dir });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('stylish colours with --color or FORCE_COLOR, and never with --no-color or NO_COLOR', () => {
    expect(runCli(['--color', 'docs'], { cwd: tree.dir }).stdout).toContain('\u001b[33mwarning\u001b[39m');
    expect(runCli(['docs'], { cwd: tree.dir, env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[');
    expect(runCli(['docs', '--no-color'], { cwd: tree.dir, env: { FORCE_COLOR: '1' } }).stdout).not.toContain(
      '\u001b[',
    );
    expect(runCli(['docs'], { cwd: tree.dir, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain(
      '\u001b[',
    );
  });

  it('json is versioned: { version: 1, files: [{ path, diagnostics }], summary }', () => {
    const r = runCli(['--format', 'json', 'docs'], { cwd: tree.dir });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report)).toEqual(['version', 'files', 'summary']);
    expect(report.version).toBe(1);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['docs/cache.md', 'docs/deploy.md']);
    expect(report.files[1].diagnostics).toEqual([]);
    const [d] = report.files[0].diagnostics;
    expect(d).toMatchObject({
      ruleId: 'unused-suppression',
      severity: 'warning',
      source: 'blameless-lint',
      url: 'https://github.com/blameless-lint/blameless-lint/blob/main/rules/unused-suppression.md',
      range: { start: { line: 3, column: 1 }, end: { line: 3 } },
    });
    expect(report.summary).toEqual({ files: 2, errors: 0, warnings: 1, infos: 0 });
  });

  it('compact prints path:line:col: severity message [ruleId]', () => {
    const r = runCli(['-f', 'compact', 'docs'], { cwd: tree.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^docs\/cache\.md:3:1: warning Unknown rule "no-such-rule"[^\n]* \[unused-suppression\]\n$/,
    );
  });

  it('github prints workflow commands with the full range and the rule id as title', () => {
    const r = runCli(['-f', 'github', 'docs'], { cwd: tree.dir });
    expect(r.code).toBe(0);
    const end = WARNING_DOC.split('\n')[2]!.length + 1;
    expect(r.stdout).toMatch(
      new RegExp(
        `^::warning file=docs/cache\\.md,line=3,col=1,endLine=3,endColumn=${end},title=unused-suppression::Unknown rule "no-such-rule"[^\\n]*\\n$`,
      ),
    );
  });

  it('github maps errors to ::error', () => {
    const r = runCli(['-f', 'github', '--rule', 'unused-suppression:error', 'docs'], { cwd: tree.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=docs\/cache\.md,line=3,/);
  });

  it('sarif names the tool, its rules and relative artifact URIs', () => {
    const r = runCli(['-f', 'sarif', 'docs'], { cwd: tree.dir });
    expect(r.code).toBe(0);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('blameless-lint');
    const result = run.results[0];
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe('unused-suppression');
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('docs/cache.md');
    expect(result.locations[0].physicalLocation.region).toMatchObject({ startLine: 3, startColumn: 1, endLine: 3 });
  });

  it('rejects an unknown format with exit code 2 and a message on stderr', () => {
    const r = runCli(['-f', 'xml', 'docs'], { cwd: tree.dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('unknown format "xml"');
  });
});
