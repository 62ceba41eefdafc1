/**
 * End to end with a real non-VS Code client: neovim (Debian's, `nvim --headless`) starts the built
 * blameless-lint-lsp over stdio, opens an example postmortem and polls vim.diagnostic.get until the
 * findings arrive; the test checks rule ids and lines. `.ci/run` installs neovim with apt-get.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(repo, 'packages', 'lsp', 'dist', 'bin.js');
const hasNvim = spawnSync('nvim', ['--version']).status === 0;

interface Found {
  line: number;
  col: number;
  code: string;
  source: string;
  message: string;
}

interface Run {
  ok: boolean;
  diagnostics: Found[];
  action?: string;
  fixed?: boolean;
  after?: Found[];
  line?: string;
}

function runNeovim(file: string, minFindings: number, filetype = 'markdown', fixRule?: string): Run {
  const dir = mkdtempSync(join(tmpdir(), 'bl-nvim-'));
  const out = join(dir, 'out.json');
  try {
    const run = spawnSync(
      'nvim',
      ['--headless', '--clean', '-c', `luafile ${join(repo, 'test', 'e2e', 'neovim.lua')}`],
      {
        env: {
          ...process.env,
          BL_LSP_BIN: bin,
          BL_FILE: file,
          BL_OUT: out,
          BL_MIN_FINDINGS: String(minFindings),
          BL_FILETYPE: filetype,
          ...(fixRule ? { BL_FIX_RULE: fixRule } : {}),
          HOME: dir,
          XDG_STATE_HOME: dir,
          XDG_DATA_HOME: dir,
        },
        timeout: 180_000,
        encoding: 'utf8',
      },
    );
    if (run.error) throw run.error;
    return JSON.parse(readFileSync(out, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

beforeAll(() => {
  execFileSync(process.execPath, [join(repo, 'packages', 'lsp', 'scripts', 'build.mjs'), '--bundle-only'], {
    stdio: 'inherit',
  });
}, 120_000);

describe.skipIf(!hasNvim && !process.env.CI)('neovim (vim.lsp.start_client)', () => {
  it('shows the findings of a blameful example postmortem', () => {
    const file = join(repo, 'examples', '02-checkout-outage-blameful.md');
    const lines = readFileSync(file, 'utf8').split('\n');
    const lineOf = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;
    // A few findings of different rules, language and structure, located by their text (not hard-coded numbers).
    const expected = [
      `${lineOf('Dmitri pushed a bad config')}:names-as-root-cause`,
      `${lineOf('He was careless')}:judgmental-language`,
      `${lineOf('could have asked for a load test')}:counterfactual`,
      `${lineOf('This was human error')}:human-error`,
      `${lineOf('Lucas Oliveira posted the 502 graph')}:timeline-order`,
      `${lineOf('Owner: Platform team')}:action-item-owner`,
    ];
    const result = runNeovim(file, expected.length);
    expect(result.ok).toBe(true);
    const shown = result.diagnostics.map((d) => `${d.line}:${d.code}`);
    for (const e of expected) expect(shown).toContain(e);
    for (const d of result.diagnostics) expect(d.source).toBe('blameless-lint');
  }, 200_000);

  it('lints plain text with the language rules only', () => {
    const file = join(repo, 'examples', '05-cert-expiry-email.txt');
    const lines = readFileSync(file, 'utf8').split('\n');
    const result = runNeovim(file, 1, 'text');
    expect(result.ok).toBe(true);
    const codes = new Set(result.diagnostics.map((d) => d.code));
    expect(
      [...codes].every((c) =>
        ['names-as-root-cause', 'judgmental-language', 'counterfactual', 'human-error'].includes(c),
      ),
    ).toBe(true);
    const pebkac = lines.findIndex((l) => l.includes('PEBKAC')) + 1;
    expect(result.diagnostics.map((d) => `${d.line}:${d.code}`)).toContain(`${pebkac}:human-error`);
  }, 200_000);

  it('applies a quick fix (a WorkspaceEdit) and the finding goes', () => {
    const file = join(repo, 'examples', '02-checkout-outage-blameful.md');
    const lines = readFileSync(file, 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes("caused by Dmitri's change")) + 1;
    const result = runNeovim(file, 6, 'markdown', 'names-as-root-cause');
    expect(result.action).toMatch(/^Name the change, not its author/);
    expect(result.fixed).toBe(true);
    expect(result.line).toContain('was caused by the change to the gateway timeout');
    expect(result.after!.filter((d) => d.line === line && d.code === 'names-as-root-cause')).toEqual([]);
    // Everything else is still shown.
    expect(result.after!.length).toBe(result.diagnostics.length - 1);
  }, 200_000);
});
