import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, Client, repo } from './harness.js';

let client: Client;
beforeAll(() => buildServer(), 120_000);
afterEach(async () => client?.shutdown());

const disk = {
  write: (path: string, text: string) => writeFileSync(path, text),
  read: (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined),
};

async function start(): Promise<Client> {
  client = new Client();
  await client.initialize();
  return client;
}

async function lintedVersion(c: Client, uri: string): Promise<Diagnostic[]> {
  const version = c.version(uri);
  return (await c.diagnostics(uri, (p) => p.version === version)).diagnostics;
}

function actionsFor(c: Client, uri: string, d: Diagnostic, only?: string[]): Promise<CodeAction[]> {
  return c.conn.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: d.range,
    context: { diagnostics: [d], ...(only ? { only } : {}) },
  }) as Promise<CodeAction[]>;
}

/** The same finding: same rule, starting on the same line. */
const same = (a: Diagnostic) => (b: Diagnostic) => a.code === b.code && a.range.start.line === b.range.start.line;

describe('code actions', () => {
  // Every finding of two example postmortems, every action offered for it (except the config and fix-all
  // ones, tested below): applied to the text, the finding is gone and nothing new appears on its line.
  for (const example of ['02-checkout-outage-blameful.md', '03-database-failover.md']) {
    it(`every quick fix and suppression on ${example} removes its finding`, async () => {
      const c = await start();
      const original = readFileSync(join(repo, 'examples', example), 'utf8');
      const uri = await c.open(example, original);
      const findings = await lintedVersion(c, uri);
      expect(findings.length).toBeGreaterThan(5);
      const kinds = new Set<string>();
      for (const finding of findings) {
        if (c.text(uri) !== original) {
          await c.replaceAll(uri, original);
          await lintedVersion(c, uri);
        }
        const actions = (await actionsFor(c, uri, finding)).filter(
          (a) => a.diagnostics?.some(same(finding)) && !/to (people|vocabulary)/.test(a.title),
        );
        const fixes = actions.filter((a) => !a.title.startsWith('Disable'));
        for (const fix of fixes) expect(fix.isPreferred).toBe(fixes.length === 1);
        for (const action of actions) {
          kinds.add(action.title.startsWith('Disable') ? 'disable' : 'fix');
          if (c.text(uri) !== original) {
            await c.replaceAll(uri, original);
            await lintedVersion(c, uri);
          }
          await c.apply(action.edit!, disk);
          const after = await lintedVersion(c, uri);
          const line = action.title.startsWith('Disable') ? finding.range.start.line + 1 : finding.range.start.line;
          expect(
            after.filter((d) => d.code === finding.code && d.range.start.line === line),
            `${action.title} on line ${line + 1}`,
          ).toEqual([]);
          expect(after.filter((d) => d.code === 'unused-suppression')).toEqual([]);
        }
      }
      expect([...kinds].sort()).toEqual(['disable', 'fix']);
    });
  }

  it('adds a rule to an existing disable-next-line comment instead of stacking another', async () => {
    const c = await start();
    const uri = await c.open(
      'stack.md',
      '# Notes\n\n<!-- blameless-disable-next-line counterfactual -->\nSam could have checked. He was careless.\n',
    );
    const findings = await lintedVersion(c, uri);
    const careless = findings.find((d) => d.code === 'judgmental-language')!;
    const disable = (await actionsFor(c, uri, careless)).find(
      (a) => a.title === 'Disable judgmental-language for this line',
    )!;
    await c.apply(disable.edit!, disk);
    const after = await lintedVersion(c, uri);
    expect(c.text(uri)).toContain(
      '<!-- blameless-disable-next-line counterfactual, judgmental-language -->\nSam could',
    );
    expect(after.filter((d) => d.range.start.line === 3)).toEqual([]);
  });

  it('indents the suppression like a list item so the list stays one list', async () => {
    const c = await start();
    const uri = await c.open('list.md', '# Notes\n\n- First point.\n  - He was careless with the value.\n');
    const finding = (await lintedVersion(c, uri)).find((d) => d.code === 'judgmental-language')!;
    const disable = (await actionsFor(c, uri, finding)).find((a) => a.title.startsWith('Disable'))!;
    await c.apply(disable.edit!, disk);
    expect(c.text(uri)).toBe(
      '# Notes\n\n- First point.\n  <!-- blameless-disable-next-line judgmental-language -->\n  - He was careless with the value.\n',
    );
    expect((await lintedVersion(c, uri)).filter((d) => d.code === 'judgmental-language')).toEqual([]);
  });

  it('suppresses in plain text with a comment line that core reads there too', async () => {
    const c = await start();
    const uri = await c.open('mail.txt', 'He was careless with the value.\n', 'plaintext');
    const finding = (await lintedVersion(c, uri)).find((d) => d.code === 'judgmental-language')!;
    const disable = (await actionsFor(c, uri, finding)).find((a) => a.title.startsWith('Disable'))!;
    await c.apply(disable.edit!, disk);
    expect(c.text(uri)).toBe(
      '<!-- blameless-disable-next-line judgmental-language -->\nHe was careless with the value.\n',
    );
    expect((await lintedVersion(c, uri)).filter((d) => d.code === 'judgmental-language')).toEqual([]);
  });

  it('fixes all auto-fixable findings at once (source.fixAll)', async () => {
    const c = await start();
    const text = readFileSync(join(repo, 'examples', '03-database-failover.md'), 'utf8');
    const uri = await c.open('fixall.md', text);
    const findings = await lintedVersion(c, uri);
    const fixable = new Set(['names-as-root-cause', 'timeline-timezone']);
    expect(findings.filter((d) => fixable.has(String(d.code))).length).toBeGreaterThanOrEqual(2);
    const actions = (await c.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    expect(actions.map((a) => [a.kind, a.title])).toEqual([
      ['source.fixAll.blameless-lint', 'Fix all auto-fixable blameless-lint problems'],
    ]);
    await c.apply(actions[0].edit!, disk);
    const after = await lintedVersion(c, uri);
    // Whatever is left has no automatic fix.
    const again = (await c.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    expect(again).toEqual([]);
    expect(after.length).toBeLessThan(findings.length);
    // The quick-fix menu of a fixable finding offers the same fix-all.
    await c.replaceAll(uri, text);
    const one = (await lintedVersion(c, uri)).find((d) => d.code === 'timeline-timezone')!;
    expect((await actionsFor(c, uri, one)).map((a) => a.title)).toContain(
      'Fix all auto-fixable blameless-lint problems',
    );
  });

  it('accepts a term in a new .blamelessrc.json at the workspace root, and the finding goes', async () => {
    const c = await start();
    const uri = await c.open('accept.md', '# Notes\n\nThe outage was caused by Kowalski.\n');
    const finding = (await lintedVersion(c, uri)).find((d) => d.code === 'names-as-root-cause')!;
    const action = (await actionsFor(c, uri, finding)).find((a) => a.title.includes('vocabulary.accept'))!;
    expect(action.title).toBe('Add "Kowalski" to vocabulary.accept in .blamelessrc.json');
    const rc = join(c.root, '.blamelessrc.json');
    expect(existsSync(rc)).toBe(false);
    await c.apply(action.edit!, disk);
    expect(JSON.parse(readFileSync(rc, 'utf8'))).toEqual({ vocabulary: { accept: ['Kowalski'] } });
    const next = c.diagnostics(uri);
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: c.uri('.blamelessrc.json'), type: 1 }],
    });
    expect((await next).diagnostics.filter((d) => d.code === 'names-as-root-cause')).toEqual([]);
  });

  it('adds to the nearest existing YAML config, keeping its comments', async () => {
    const c = await start();
    const yml = join(c.root, '.blamelessrc.yml');
    writeFileSync(yml, '# team config\nvocabulary:\n  accept:\n    - Jenkins # the CI server\n');
    const uri = await c.open('yaml.md', '# Notes\n\nThe outage was caused by Kowalski.\n');
    const finding = (await lintedVersion(c, uri)).find((d) => d.code === 'names-as-root-cause')!;
    const action = (await actionsFor(c, uri, finding)).find((a) => a.title.includes('vocabulary.accept'))!;
    expect(action.title).toBe('Add "Kowalski" to vocabulary.accept in .blamelessrc.yml');
    await c.apply(action.edit!, disk);
    expect(readFileSync(yml, 'utf8')).toBe(
      '# team config\nvocabulary:\n  accept:\n    - Jenkins # the CI server\n    - Kowalski\n',
    );
    const next = c.diagnostics(uri);
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: c.uri('.blamelessrc.yml'), type: 2 }],
    });
    expect((await next).diagnostics.filter((d) => d.code === 'names-as-root-cause')).toEqual([]);
  });

  it('adds an owner that looks like a team handle to people in package.json#blameless, and the finding goes', async () => {
    const c = await start();
    writeFileSync(
      join(c.root, 'package.json'),
      '{\n  "name": "docs",\n  "blameless": {\n    "people": ["@kim"]\n  }\n}\n',
    );
    const text = readFileSync(join(repo, 'examples', '02-checkout-outage-blameful.md'), 'utf8').replace(
      'Owner: Platform team.',
      'Owner: @sam-ops.',
    );
    const uri = await c.open('owner.md', text);
    const finding = (await lintedVersion(c, uri)).find(
      (d) => d.code === 'action-item-owner' && c.text(uri).split('\n')[d.range.start.line].includes('@sam-ops'),
    )!;
    expect(finding).toBeDefined();
    const action = (await actionsFor(c, uri, finding)).find((a) => a.title.includes('to people'))!;
    expect(action.title).toBe('Add "@sam-ops" to people in package.json');
    await c.apply(action.edit!, disk);
    expect(readFileSync(join(c.root, 'package.json'), 'utf8')).toBe(
      '{\n  "name": "docs",\n  "blameless": {\n    "people": ["@kim", "@sam-ops"]\n  }\n}\n',
    );
    const next = c.diagnostics(uri);
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: c.uri('package.json'), type: 2 }],
    });
    expect((await next).diagnostics.filter(same(finding))).toEqual([]);
  });
});

describe('a client that sends a BOM as part of the text', () => {
  it('gets line-1 positions that count it, so a squiggle covers its word and a fix rewrites only its range', async () => {
    const c = await start();
    const text = '\uFEFFThe outage was caused by Wei Zhang. The cache expired early.\n';
    const uri = await c.open('bom.md', text);
    const [finding] = (await lintedVersion(c, uri)).filter((d) => d.code === 'names-as-root-cause');
    expect(finding!.range.start).toEqual({ line: 0, character: text.indexOf('Wei Zhang') });
    expect(finding!.range.end).toEqual({ line: 0, character: text.indexOf('Wei Zhang') + 'Wei Zhang'.length });
    // The fix drops " by Wei Zhang": what is left must be the sentence, not a shifted cut through it.
    const fix = (await actionsFor(c, uri, finding!)).find(
      (a) => !a.title.startsWith('Disable') && !/to (people|vocabulary)/.test(a.title),
    );
    expect(fix).toBeDefined();
    await c.apply(fix!.edit!, disk);
    expect(c.text(uri)).toBe('\uFEFFThe outage was caused. The cache expired early.\n');
  });
});
