// `extends` naming an npm package's shared config: found with Node's resolution from the config's folder, read
// as data (never run), validated like any config file, merged in order; cycles and missing packages refused.
import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../packages/core/src/config/index.js';
import { clearConfigCache, loadConfig } from '../../packages/core/src/node/config-files.js';
import { runCli } from '../cli/run-cli.js';
import { configErrorOf, tempTree, testRules } from './helpers.js';

let trees: Array<{ cleanup: () => void }> = [];
function tree(files: Record<string, string>) {
  const t = tempTree(files);
  trees.push(t);
  return t;
}
beforeEach(() => clearConfigCache());
afterEach(() => {
  for (const t of trees) t.cleanup();
  trees = [];
});

const load = (file: string, cwd: string) => loadConfig(file, { cwd, rules: testRules });
const pkg = (name: string, extra: Record<string, unknown>) => JSON.stringify({ name, version: '1.0.0', ...extra });
const severities = (config: ReturnType<typeof load>['config']) =>
  Object.fromEntries(Object.entries(config.rules).map(([id, r]) => [id, r.severity]));

const errorOf = configErrorOf;

describe('extends: an npm package', () => {
  it('is found from a nested folder and merged after the presets, before the file that extends it', () => {
    const t = tree({
      // `exports` hides package.json from require(): the package is still found, and its code never loaded.
      'node_modules/@acme/blameless-config/package.json': pkg('@acme/blameless-config', {
        exports: { '.': './index.js' },
        blameless: {
          rules: { 'blame-words': ['error', { words: ['sloppy'] }], 'plain-rule': 'warning' },
          people: ['Sam Lee'],
        },
      }),
      'docs/team/.blamelessrc.yml':
        'extends: [language, "@acme/blameless-config"]\nrules:\n  plain-rule: error\npeople: [Kim]\n',
      'docs/team/2026/outage.md': '# Outage\n',
    });
    const { config, files } = load('docs/team/2026/outage.md', t.root);
    expect(files).toEqual([t.path('docs/team/.blamelessrc.yml')]);
    // language: no structure rule; the package's settings; the file's own over them.
    expect(severities(config)).toEqual({ 'blame-words': 'error', 'plain-rule': 'error' });
    expect(config.rules['blame-words'].options).toEqual({ words: ['sloppy'], strict: false });
    expect(config.people).toEqual(['Sam Lee', 'Kim']);
  });

  it('reads the file the package names: a path in its "blameless" key, a .blamelessrc.yml, or a subpath in extends', () => {
    const t = tree({
      'node_modules/by-key/package.json': pkg('by-key', { blameless: 'config/base.yml' }),
      'node_modules/by-key/config/base.yml': 'teams: [SRE]\n',
      'node_modules/by-rc/package.json': pkg('by-rc', {}),
      'node_modules/by-rc/.blamelessrc.yml': 'teams: [Platform]\n',
      'node_modules/@acme/styles/package.json': pkg('@acme/styles', {}),
      'node_modules/@acme/styles/strict.json': '{ "teams": ["Payments"], "rules": { "plain-rule": "off" } }',
      '.blamelessrc.json': '{ "extends": ["by-key", "by-rc", "@acme/styles/strict.json"] }',
    });
    const { config } = load('a.md', t.root);
    expect(config.teams).toEqual(['SRE', 'Platform', 'Payments']);
    expect(config.rules['plain-rule']).toBeUndefined();
  });

  it('applies packages in order, later over earlier; a package may extend presets and other packages', () => {
    const t = tree({
      'node_modules/@acme/base/package.json': pkg('@acme/base', {
        blameless: { extends: 'language', rules: { 'blame-words': 'info' }, timezone: 'Europe/Berlin' },
      }),
      'node_modules/@acme/team/package.json': pkg('@acme/team', {
        blameless: { extends: ['@acme/base'], rules: { 'blame-words': 'warning' } },
      }),
      'node_modules/@acme/other/package.json': pkg('@acme/other', {
        blameless: { rules: { 'blame-words': 'error' }, timezone: 'Asia/Tokyo' },
      }),
      'a/.blamelessrc.yml': 'extends: "@acme/team"\n',
      'b/.blamelessrc.yml': 'extends: ["@acme/team", "@acme/other"]\n',
    });
    const a = load('a/x.md', t.root).config;
    // The preset came from @acme/base, two packages down: language, so timeline-zone is off.
    expect(severities(a)).toEqual({ 'blame-words': 'warning', 'plain-rule': 'info' });
    expect(a.timezone).toBe('Europe/Berlin');
    const b = load('b/x.md', t.root).config;
    expect(severities(b)).toEqual({ 'blame-words': 'error', 'plain-rule': 'info' });
    expect(b.timezone).toBe('Asia/Tokyo');
  });

  it('a package that names no preset leaves the preset as it was (recommended by default)', () => {
    const t = tree({
      'node_modules/people/package.json': pkg('people', { blameless: { people: ['Sam'] } }),
      '.blamelessrc.yml': 'extends: people\n',
    });
    expect(severities(load('a.md', t.root).config)).toEqual({
      'blame-words': 'warning',
      'timeline-zone': 'error',
      'plain-rule': 'info',
    });
  });

  it('a missing package is a config error at the extends entry, with how to install it', () => {
    const t = tree({ 'docs/.blamelessrc.yml': 'extends:\n  - recommended\n  - "@acme/blameless-config"\n' });
    const error = errorOf(() => load('docs/a.md', t.root));
    expect(error.key).toBe('extends[1]');
    expect(error.message).toBe(
      `docs/.blamelessrc.yml:3:5: extends[1]: cannot find package "@acme/blameless-config" from ${t.path('docs')} (is it installed? npm install --save-dev @acme/blameless-config)`,
    );
    const typo = tree({ 'package.json': pkg('site', { blameless: { extends: 'recomended' } }) });
    expect(errorOf(() => load('a.md', typo.root)).message).toMatch(
      /^package\.json:\d+:\d+: blameless\.extends: cannot find package "recomended" .*\(did you mean "recommended"\?\)$/,
    );
  });

  it('refuses a cycle, naming the chain', () => {
    const b = pkg('@acme/b', { blameless: { extends: ['recommended', '@acme/a'] } });
    const t = tree({
      'node_modules/@acme/a/package.json': pkg('@acme/a', { blameless: { extends: ['@acme/b'] } }),
      'node_modules/@acme/b/package.json': b,
      '.blamelessrc.yml': 'extends: "@acme/a"\n',
    });
    const error = errorOf(() => load('a.md', t.root));
    // Placed at the entry that closes the loop, in the package that holds it.
    expect(error.message).toBe(
      `node_modules/@acme/b/package.json:1:${b.indexOf('"@acme/a"]') + 1}: blameless.extends[1]: extends cycle: @acme/a -> @acme/b -> @acme/a; a config cannot extend itself, directly or through other packages`,
    );
  });

  it('invalid content names the package file, the key, and which config extended it', () => {
    const t = tree({
      'node_modules/@acme/bad/.blamelessrc.yml': 'rules:\n  blame-word: error\n',
      'node_modules/@acme/bad/package.json': pkg('@acme/bad', {}),
      '.blamelessrc.yml': 'extends: "@acme/bad"\n',
    });
    const error = errorOf(() => load('a.md', t.root));
    expect(error.file).toBe(t.path('node_modules/@acme/bad/.blamelessrc.yml'));
    expect(error.message).toBe(
      'node_modules/@acme/bad/.blamelessrc.yml:2:3: rules.blame-word: unknown rule (did you mean "blame-words"?) (in package config "@acme/bad", extended by .blamelessrc.yml)',
    );
  });

  it('never runs a package: code it names is refused and a package with only code has no config', () => {
    const marker = 'ran.txt';
    const code = `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); module.exports = { rules: {} };\n`;
    const t = tree({
      'node_modules/code-only/package.json': pkg('code-only', { main: 'index.js' }),
      'node_modules/code-only/index.js': code,
      'node_modules/code-key/package.json': pkg('code-key', { blameless: './index.js' }),
      'node_modules/code-key/index.js': code,
      'a/.blamelessrc.yml': 'extends: code-only\n',
      'b/.blamelessrc.yml': 'extends: code-key\n',
      'c/.blamelessrc.yml': 'extends: code-only/index.js\n',
      'd/.blamelessrc.yml': 'extends: by-key/../../escape.yml\n',
      'node_modules/by-key/package.json': pkg('by-key', {}),
      'node_modules/escape.yml': 'people: [x]\n',
    });
    expect(errorOf(() => load('a/x.md', t.root)).problem).toMatch(
      /^package "code-only" \(.*\) holds no blameless-lint config: give its package.json a "blameless" key/,
    );
    expect(errorOf(() => load('b/x.md', t.root)).problem).toBe(
      'package "code-key": the "blameless" key names "./index.js" is not a JSON or YAML file (a config is data: blameless-lint never runs a package\'s code)',
    );
    expect(errorOf(() => load('c/x.md', t.root)).problem).toMatch(
      /^package "code-only": file "index.js" is not a JSON or YAML file/,
    );
    expect(errorOf(() => load('d/x.md', t.root)).problem).toBe(
      'package "by-key": file "../../escape.yml" is outside the package',
    );
    expect(existsSync(t.path(marker))).toBe(false);
    expect(existsSync(marker)).toBe(false);
  });

  it('in the engine alone (no files), a package name is a config error: only loadConfig resolves packages', () => {
    const error = errorOf(() => resolveConfig([{ extends: ['recommended', '@acme/blameless-config'] }], testRules));
    expect(error.message).toBe(
      'config: extends[1]: "@acme/blameless-config" is not a preset (recommended, strict, language); packages are resolved only when configs are loaded from files (loadConfig of @blameless-lint/core/node)',
    );
  });

  it('the CLI exits 2 on a missing package and lints with one that is installed', () => {
    const t = tree({
      'node_modules/@acme/blameless-config/package.json': pkg('@acme/blameless-config', { blameless: 'blameless.yml' }),
      'node_modules/@acme/blameless-config/blameless.yml': 'extends: language\nrules:\n  human-error: off\n',
      'ok/.blamelessrc.yml': 'extends: ["@acme/blameless-config"]\n',
      'ok/pm.md': 'It was human error. Sam should have checked.\n',
      'missing/.blamelessrc.yml': 'extends: ["@acme/not-installed"]\n',
      'missing/pm.md': 'It was human error.\n',
    });
    const ok = runCli(['--format', 'json', 'ok/pm.md'], { cwd: t.root });
    expect(ok.stderr).toBe('');
    const ids = (
      JSON.parse(ok.stdout) as { files: Array<{ diagnostics: Array<{ ruleId: string }> }> }
    ).files[0]!.diagnostics.map((d) => d.ruleId);
    expect(ids).toContain('counterfactual');
    expect(ids).not.toContain('human-error');
    const missing = runCli(['missing/pm.md'], { cwd: t.root });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(
      'missing/.blamelessrc.yml:1:11: extends[0]: cannot find package "@acme/not-installed"',
    );
  });
});
