import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempTree } from './run-cli.js';

// A house rule from a config file, through the built CLI: reported in JSON and SARIF like a built-in rule,
// with its own docs URL, and a broken house rule is a config error with its place in the file.
const CONFIG = JSON.stringify({
  house: [
    {
      id: 'acme/no-war-room',
      phrases: ['war room'],
      message: 'Say "incident channel", not "{actual}".',
      rewrite: 'incident channel',
      severity: 'error',
      url: 'https://acme.example/style#war-room',
    },
  ],
});
let tree: ReturnType<typeof tempTree>;
beforeAll(() => {
  tree = tempTree({
    '.blamelessrc.json': CONFIG,
    'docs/outage.md': '# Notes\n\nWe opened a war room at 10:02.\n',
    'bad/.blamelessrc.json':
      '{\n  "house": [\n    { "id": "acme/x", "message": "m", "patterns": ["(?=x)y"] }\n  ]\n}\n',
    'bad/doc.md': 'war room\n',
  });
});
afterAll(() => tree.remove());

describe('house rules through the CLI', () => {
  it('JSON carries the house rule id, severity, message, URL and fix', () => {
    const r = runCli(['--format', 'json', 'docs'], { cwd: tree.dir });
    expect(r.code).toBe(1);
    const [d] = JSON.parse(r.stdout).files[0].diagnostics;
    expect(d).toMatchObject({
      ruleId: 'acme/no-war-room',
      severity: 'error',
      message: 'Say "incident channel", not "war room".',
      url: 'https://acme.example/style#war-room',
      actual: 'war room',
    });
    expect(d.suggestions[0].fix.text).toBe('incident channel');
  });

  it('SARIF lists the house rule with its help URI and a result pointing at it', () => {
    const r = runCli(['--format', 'sarif', 'docs'], { cwd: tree.dir });
    const run = JSON.parse(r.stdout).runs[0];
    const index = run.tool.driver.rules.findIndex((x: { id: string }) => x.id === 'acme/no-war-room');
    expect(index).toBeGreaterThanOrEqual(0);
    expect(run.tool.driver.rules[index].helpUri).toBe('https://acme.example/style#war-room');
    expect(run.results).toEqual([
      expect.objectContaining({ ruleId: 'acme/no-war-room', ruleIndex: index, level: 'error' }),
    ]);
  });

  it('a pattern RE2 cannot run is a config error naming file, line, column and key; nothing crashes', () => {
    const r = runCli(['bad/doc.md'], { cwd: tree.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /\.blamelessrc\.json:3:52: house\[0\]\.patterns\[0\]: is not a pattern blameless-lint can run/,
    );
    expect(r.stderr).not.toMatch(/at .*\.(js|cjs):\d+/);
  });
});
