/**
 * The extension in a real VS Code: the built .vsix is installed into code-server, the workbench is
 * driven in Chromium, and every assertion reads the DOM a user would look at (squiggles, the Problems
 * panel, hovers, the editor's text). Waits are for DOM state, never for time.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { ensureCodeServer, startCodeServer, type CodeServer } from './code-server.js';
import { expectedFindings, keys, parseProblemRows, type ProblemRow } from './expectations.js';
import { launchBrowser, Workbench } from './workbench.js';
import { parseExample } from '../../examples/markers.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const extensionDir = join(repo, 'packages', 'vscode-extension');
const artifacts = join(repo, 'test', 'artifacts');
const EXAMPLE = '02-checkout-outage-blameful.md';
/** A second example, never opened: only Lint Workspace reports it. */
const UNOPENED = '05-cert-expiry-email.txt';

let home: string;
let server: CodeServer | undefined;
let closeBrowser: (() => Promise<void>) | undefined;
let page: Page;
let wb: Workbench;
let exampleText: string;
let workspace: string;

/** Waits for DOM state by polling it (vitest's own default gives up after one second). */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 30_000, interval: 100 });
const shot = (name: string) => page.screenshot({ path: join(artifacts, `vscode-${name}.png`), animations: 'disabled' });

/**
 * blameless-lint rows of the Problems panel, optionally filtered by its filter box (a rule id). The list
 * is virtual: only rows in view exist, so read with the panel maximized or a filter that keeps it short.
 * The filter applies a moment after typing: read it inside poll().
 */
async function problemRows(filter = ''): Promise<ProblemRow[]> {
  return parseProblemRows(await (await wb.problems(filter)).allTextContents());
}

/** The rows of one file. */
async function rowsOf(file: string, filter = ''): Promise<ProblemRow[]> {
  return (await problemRows(filter)).filter((r) => r.file === file);
}

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  // The .vsix under test, built from the current sources.
  execFileSync('npm', ['run', 'package', '--silent', '-w', 'packages/vscode-extension'], {
    cwd: repo,
    stdio: 'inherit',
  });
  const entry = ensureCodeServer();

  home = mkdtempSync(join(tmpdir(), 'blameless-vscode-e2e-'));
  workspace = join(home, 'workspace');
  mkdirSync(workspace);
  copyFileSync(join(repo, 'examples', EXAMPLE), join(workspace, EXAMPLE));
  // In a .txt file the expect markers are prose, so the file goes in without them (as the unit tests lint it).
  writeFileSync(join(workspace, UNOPENED), parseExample(readFileSync(join(repo, 'examples', UNOPENED), 'utf8')).text);
  writeFileSync(join(workspace, '.blamelessrc.json'), '{\n  "rules": {}\n}\n');
  exampleText = readFileSync(join(workspace, EXAMPLE), 'utf8');

  server = await startCodeServer({ entry, home, vsix: join(extensionDir, 'blameless-lint.vsix') });
  const browser = await launchBrowser(join(home, 'chromium'));
  closeBrowser = browser.close;
  page = browser.page;
  wb = new Workbench(page);
  await wb.open(server.url, workspace);
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && page)
    await shot(`failed-${task.name.replace(/\W+/g, '-')}`).catch(() => undefined);
});

afterAll(async () => {
  if (page) await shot('last').catch(() => undefined);
  // `BLAMELESS_UPDATE_SCREENSHOT=1 npm run test:e2e` refreshes the extension README's screenshot.
  if (process.env.BLAMELESS_UPDATE_SCREENSHOT === '1') {
    copyFileSync(join(artifacts, 'vscode-hover.png'), join(extensionDir, 'images', 'screenshot.png'));
  }
  await closeBrowser?.().catch(() => undefined);
  if (server) writeFileSync(join(artifacts, 'vscode-code-server.log'), server.log());
  await server?.stop();
  if (home) rmSync(home, { recursive: true, force: true });
});

describe('blameless-lint in VS Code (code-server 4.100.3)', () => {
  test('the example postmortem shows its findings as squiggles and in the Problems panel', async () => {
    await wb.openFile(EXAMPLE);
    await wb.squiggles().first().waitFor();
    const expected = expectedFindings(exampleText);
    expect(expected.lines.length).toBeGreaterThan(5);

    // The status bar counts the active file's findings (all of them: no other finding) and opens the Problems panel.
    const total = expected.lines.length + expected.sections.length;
    const status = page.locator('.statusbar-item', { hasText: `blameless: ${total}` });
    await status.waitFor();
    await status.click();
    await page.locator('.markers-panel').waitFor();

    // Rule by rule, so each filtered list is short enough to be rendered whole (the list is virtual).
    const ruleIds = [...new Set([...expected.lines, ...expected.sections].map((f) => f.ruleId))].sort();
    for (const ruleId of ruleIds) {
      const lines = expected.lines.filter((f) => f.ruleId === ruleId);
      const sections = expected.sections.filter((f) => f.ruleId === ruleId);
      await poll(async () => {
        const rows = await rowsOf(EXAMPLE, ruleId);
        // A section expectation is met by a finding anywhere in that section.
        const rest = rows.filter((r) => !sections.some((s) => r.line >= s.from && r.line <= s.to));
        return { inSections: rows.length - rest.length, lines: keys(rest) };
      }).toEqual({ inSections: sections.length, lines: keys(lines) });
    }
    await problemRows('');
    await shot('problems');

    // Squiggles where the findings are (the editor draws only the lines in view).
    await poll(() => wb.squigglesOnLine('Aisha panicked')).toBe(1);
    await poll(() => wb.squigglesOnLine('Kenji realized')).toBe(1);
    await poll(() => wb.squigglesOnLine('Kenji Watanabe clicked rollback')).toBe(0);
    await shot('squiggles');
  });

  test('hovering a finding shows its explanation', async () => {
    const line = exampleText.split('\n').findIndex((l) => l.startsWith('He was careless')) + 1;
    await wb.goTo(line, 1);
    await wb.hoverWord('He was careless', 'careless');
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'Why it matters' });
    await hover.waitFor();
    const text = await hover.innerText();
    expect(text).toContain('judgmental-language');
    expect(text).toContain('"careless" judges a person');
    await shot('hover');
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
  });

  test('a quick fix rewrites the text and its finding disappears', async () => {
    const lines = exampleText.split('\n');
    const line = lines.findIndex((l) => l.includes("caused by Dmitri's change")) + 1;
    const column = lines[line - 1].indexOf("Dmitri's") + 2;
    await wb.goTo(line, column);
    await page.keyboard.press('Control+.');
    const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Name the change, not its author' });
    await fix.waitFor();
    await page.locator('.action-widget .monaco-list-row', { hasText: 'Explain rule names-as-root-cause' }).waitFor();
    await shot('quick-fix');
    await wb.chooseAction('Name the change, not its author');

    await wb.editor
      .locator('.view-line', { hasText: 'The outage was caused by the change to the gateway timeout.' })
      .waitFor();
    await poll(async () => (await rowsOf(EXAMPLE, 'names-as-root-cause')).map((r) => r.line)).not.toContain(line);
    // The rule's other finding stays.
    await poll(async () => (await rowsOf(EXAMPLE, 'names-as-root-cause')).length).toBe(1);
  });

  test('typing a blameful sentence produces a new squiggle', async () => {
    await wb.editor.click({ position: { x: 300, y: 10 } });
    // The file ends with a newline: Ctrl+End lands on an empty last line. A new section keeps the
    // sentence out of the Thanks paragraph (people in thanks are not findings).
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('## Notes');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Priya was sloppy with the failover runbook.');
    const line = exampleText.split('\n').length + 3;
    await wb.editor.locator('.view-line', { hasText: 'Priya was sloppy' }).waitFor();
    await poll(async () => keys((await rowsOf(EXAMPLE, 'judgmental-language')).filter((r) => r.line === line))).toEqual(
      [`judgmental-language@${line}`],
    );
    await poll(() => wb.squigglesOnLine('Priya was sloppy')).toBe(1);
    await shot('typed');
  });

  test('Explain Rule opens the docs of the rule under the cursor in a Markdown preview', async () => {
    const line = exampleText.split('\n').findIndex((l) => l.startsWith('Dmitri pushed')) + 1;
    await wb.goTo(line, 2);
    await wb.command('blameless-lint: Explain Rule');
    const preview = page.locator('.tabs-container .tab', { hasText: 'Preview names-as-root-cause.md' });
    await preview.waitFor();
    // The preview is a webview: an iframe holding the rendered document in an inner iframe.
    const rendered = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await rendered.locator('h1', { hasText: 'names-as-root-cause' }).waitFor();
    await rendered.locator('h2', { hasText: 'What it matches' }).waitFor();
    await rendered
      .locator('p', { hasText: /^Incorrect:$/ })
      .first()
      .waitFor();
    await shot('explain-rule');
    await preview.locator('.codicon-close').click();
    await preview.waitFor({ state: 'detached' });
    await wb.openFile(EXAMPLE);
  });

  test('the package.json schema checks the blameless key like .blamelessrc.json', () => {
    // Not through the editor: VS Code also maps package.json to schemastore.org's schema, which cannot be
    // fetched offline, and a schema that fails to load turns off all validation of that file.
    const ajv = new Ajv({ strict: false, allErrors: true });
    const wrapper = ajv.compile(
      JSON.parse(readFileSync(join(extensionDir, 'dist', 'package-json.schema.json'), 'utf8')),
    );
    const config = ajv.compile(JSON.parse(readFileSync(join(extensionDir, 'dist', 'schema.json'), 'utf8')));
    const good = {
      rules: { 'judgmental-language': 'off', 'timeline-timezone': ['warning', { zone: 'UTC' }] },
      people: ['Sam Lee'],
    };
    const typo = { rules: { 'judgmental-languag': 'off' } };
    expect(config(good)).toBe(true);
    expect(wrapper({ name: 'pkg', version: '1.0.0', blameless: good })).toBe(true);
    expect(config(typo)).toBe(false);
    expect(wrapper({ name: 'pkg', blameless: typo })).toBe(false);
    expect(wrapper({ name: 'pkg', scripts: { test: 'vitest' } })).toBe(true);
  });

  test('turning a rule off in .blamelessrc.json removes its findings', async () => {
    await wb.openFile('.blamelessrc.json');
    // jsonValidation: the shipped schema flags an unknown rule id while the file is being edited.
    await wb.replaceText('{\n  "rules": { "judgmental-languag": "off" }\n}\n');
    await wb.squiggles().first().waitFor();
    await shot('config-schema');

    await wb.replaceText('{\n  "rules": { "judgmental-language": "off" }\n}\n');
    await poll(() => wb.squiggles().count()).toBe(0);
    await page.keyboard.press('Control+S');
    await page.locator('.tabs-container .tab.active:not(.dirty)', { hasText: '.blamelessrc.json' }).waitFor();

    await poll(async () => (await rowsOf(EXAMPLE, 'judgmental-language')).length).toBe(0);
    await poll(async () => (await rowsOf(EXAMPLE, 'counterfactual')).length).toBe(2);
    await wb.openFile(EXAMPLE);
    await shot('rule-off');
  });

  test('Lint Workspace reports files that are not open, under the same config', async () => {
    // judgmental-language is off since the previous test.
    const expected = expectedFindings(readFileSync(join(repo, 'examples', UNOPENED), 'utf8')).lines.filter(
      (f) => f.ruleId !== 'judgmental-language',
    );
    await poll(() => rowsOf(UNOPENED, UNOPENED)).toEqual([]);
    await wb.command('blameless-lint: Lint Workspace');
    await poll(async () => keys(await rowsOf(UNOPENED, UNOPENED))).toEqual(keys(expected));
    await shot('lint-workspace');
  });

  test('a blameless-lint.rules setting turns a rule off (settings reach the server)', async () => {
    await wb.openFile(EXAMPLE);
    await poll(async () => (await rowsOf(EXAMPLE, 'counterfactual')).length).toBeGreaterThan(0);
    // What the Settings editor writes for a workspace setting.
    mkdirSync(join(workspace, '.vscode'), { recursive: true });
    writeFileSync(
      join(workspace, '.vscode', 'settings.json'),
      JSON.stringify({ 'blameless-lint.rules': { counterfactual: 'off' } }),
    );
    await poll(async () => (await rowsOf(EXAMPLE, 'counterfactual')).length).toBe(0);
    await poll(async () => (await rowsOf(EXAMPLE, 'human-error')).length).toBeGreaterThan(0);
    // The file only Lint Workspace reported follows too, without running the command again.
    await poll(async () => (await rowsOf(UNOPENED, 'counterfactual')).length).toBe(0);
    await poll(async () => (await rowsOf(UNOPENED, 'human-error')).length).toBeGreaterThan(0);
  });

  test('settings.json completes the rule ids of blameless-lint.rules and flags unknown ones', async () => {
    await wb.command('Preferences: Open Workspace Settings (JSON)');
    await page.locator('.editor-group-container.active .tab.active', { hasText: 'settings.json' }).waitFor();
    await wb.replaceText('{\n  "blameless-lint.rules": { "counterfactal": "off" }\n}\n');
    await wb.squiggles().first().waitFor();
    await shot('settings-schema');
    await wb.replaceText('{\n  "blameless-lint.rules": {\n    \n  }\n}\n');
    await poll(() => wb.squiggles().count()).toBe(0);
    await wb.goTo(3, 5);
    await page.keyboard.press('Control+Space');
    await page.locator('.suggest-widget .monaco-list-row', { hasText: 'judgmental-language' }).first().waitFor();
    await page.keyboard.press('Escape');
  });
});
