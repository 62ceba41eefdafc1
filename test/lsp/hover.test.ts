import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, Client, repo } from './harness.js';

let client: Client;
beforeAll(() => buildServer(), 120_000);
afterEach(async () => client?.shutdown());

const hover = (c: Client, uri: string, line: number, character: number) =>
  c.conn.sendRequest('textDocument/hover', {
    textDocument: { uri },
    position: { line, character },
  }) as Promise<Hover | null>;

/** The first fenced example under a heading of a rule's docs, read here independently of the server. */
function example(ruleId: string, heading: string): string {
  const md = readFileSync(join(repo, 'rules', `${ruleId}.md`), 'utf8');
  // The first example under a "## Incorrect" heading or an "Incorrect:" line (docs that list frames).
  const at = md.search(new RegExp(`^(## ${heading}|${heading}:)\\s*$`, 'mi'));
  return /```\w*\n([\s\S]*?)\n```/.exec(md.slice(at))![1];
}

describe('hover', () => {
  it('explains a finding: message, why it matters, a bad and a good example, the docs link', async () => {
    client = new Client();
    await client.initialize();
    const uri = await client.open('h.md', '# Notes\n\nHe was careless with the value.\n');
    const finding = (await client.diagnostics(uri)).diagnostics.find((d) => d.code === 'judgmental-language')!;
    const got = await hover(client, uri, 2, 10);
    expect(got?.range).toEqual(finding.range);
    const value = (got!.contents as MarkupContent).value;
    expect((got!.contents as MarkupContent).kind).toBe('markdown');
    expect(value).toContain(`**judgmental-language** (blameless-lint): ${finding.message}`);
    expect(value).toMatch(/\*Why it matters:\* \S/);
    expect(value).toContain(`Instead of:\n\n\`\`\`markdown\n${example('judgmental-language', 'incorrect')}\n\`\`\``);
    expect(value).toContain(`write:\n\n\`\`\`markdown\n${example('judgmental-language', 'correct')}\n\`\`\``);
    expect(value).toContain(
      '[Rule documentation](https://github.com/blameless-lint/blameless-lint/blob/main/rules/judgmental-language.md)',
    );
  });

  it('shows every rule under the cursor, and nothing away from findings', async () => {
    client = new Client();
    await client.initialize();
    const text = readFileSync(join(repo, 'examples', '02-checkout-outage-blameful.md'), 'utf8');
    const uri = await client.open('two.md', text);
    const findings = (await client.diagnostics(uri)).diagnostics;
    // "Look into …" is both vague and undated: two rules start at the same place.
    const line = text.split('\n').findIndex((l) => l.includes('Look into a canary stage'));
    const here = findings.filter((d) => d.range.start.line === line);
    expect(here.map((d) => d.code).sort()).toEqual(['action-item-deadline', 'vague-action-item']);
    const got = await hover(client, uri, line, here[0].range.start.character + 1);
    const value = (got!.contents as MarkupContent).value;
    expect(value).toContain('**vague-action-item**');
    expect(value).toContain('**action-item-deadline**');
    const clean = text.split('\n').findIndex((l) => l.includes('Kenji Watanabe clicked rollback'));
    expect(await hover(client, uri, clean, 5)).toBeNull();
  });

  it('answers for the current text even before the debounced run publishes', async () => {
    client = new Client({ settings: { debounce: 10_000 } });
    await client.initialize();
    const uri = await client.open('fresh.md', 'Fine.\n');
    await client.diagnostics(uri);
    await client.change(uri, [
      { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: 'He was careless.\n' },
    ]);
    const got = await hover(client, uri, 1, 8);
    expect((got!.contents as MarkupContent).value).toContain('**judgmental-language**');
  });
});
