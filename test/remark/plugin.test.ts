import { afterAll, describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { VFile } from 'vfile';
import type { Root } from 'mdast';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '@blameless-lint/core';
import remarkBlamelessBrowser from '../../packages/remark-blameless/src/index.ts';
import remarkBlameless from '../../packages/remark-blameless/src/node.ts';
import { tempTree } from '../cli/run-cli.js';

// The plugin through the unified API, in process: options, where config comes from, severities.
const TEXT = 'The outage was human error. In hindsight we should have paused the deploy.\n';
const trees: Array<() => void> = [];
afterAll(() => trees.forEach((f) => f()));

/** Parse and run the transformers (no compiler: nothing is stringified), as alex does. */
async function lintFile(
  processor: { parse(file: VFile): any; run(tree: any, file: VFile): Promise<unknown> },
  file: VFile,
): Promise<VFile> {
  await processor.run(processor.parse(file), file);
  return file;
}

async function messages(plugin: typeof remarkBlameless, file: VFile, options?: Parameters<typeof remarkBlameless>[0]) {
  const result = await lintFile(unified().use(remarkParse).use(plugin, options), file);
  return result.messages.map((m) => ({
    ruleId: m.ruleId,
    fatal: m.fatal,
    place: m.place,
    reason: m.reason,
    source: m.source,
    url: m.url,
    actual: m.actual,
    note: m.note,
  }));
}

describe('remark-blameless through unified', () => {
  it('gives one message per finding of lint() on the same text, with its fields', async () => {
    const got = await messages(remarkBlameless, new VFile(TEXT));
    const { diagnostics } = lint(TEXT);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['human-error', 'counterfactual']);
    expect(got).toEqual(
      diagnostics.map((d) => ({
        ruleId: d.ruleId,
        fatal: false,
        place: { start: d.range.start, end: d.range.end },
        reason: d.message,
        source: 'blameless-lint',
        url: d.url,
        actual: d.actual,
        note: d.note,
      })),
    );
  });

  it('lints the text, not the tree: what other plugins do to the tree changes nothing', async () => {
    const emptyTree = () => (tree: Root) => {
      tree.children = [];
    };
    const emptied = await lintFile(unified().use(remarkParse).use(emptyTree).use(remarkBlameless), new VFile(TEXT));
    expect(emptied.messages.map((m) => m.ruleId)).toEqual(['human-error', 'counterfactual']);
  });

  it('maps severities as remark-lint does: error is fatal, warning is not, info is neither', async () => {
    const config = { rules: { 'human-error': 'error' as const, counterfactual: 'info' as const } };
    const got = await messages(remarkBlameless, new VFile(TEXT), { config });
    expect(got.map((m) => [m.ruleId, m.fatal])).toEqual([
      ['human-error', true],
      ['counterfactual', undefined],
    ]);
  });

  it('in Node reads the config files that apply to the file; the browser entry uses its options only', async () => {
    const tree = tempTree({
      '.blamelessrc.json': JSON.stringify({ rules: { counterfactual: 'off' } }),
      'other.json': JSON.stringify({ rules: { 'human-error': 'off' } }),
      'pm.md': TEXT,
    });
    trees.push(tree.remove);
    const file = () => new VFile({ path: join(tree.dir, 'pm.md'), value: TEXT });
    expect((await messages(remarkBlameless, file())).map((m) => m.ruleId)).toEqual(['human-error']);
    expect(
      (await messages(remarkBlameless, file(), { configFile: join(tree.dir, 'other.json') })).map((m) => m.ruleId),
    ).toEqual(['counterfactual']);
    expect((await messages(remarkBlamelessBrowser, file())).map((m) => m.ruleId)).toEqual([
      'human-error',
      'counterfactual',
    ]);
    expect(
      (await messages(remarkBlamelessBrowser, file(), { config: { rules: { 'human-error': 'off' } } })).map(
        (m) => m.ruleId,
      ),
    ).toEqual(['counterfactual']);
  });

  it('in Node sees config files as they are when a processor takes the plugin (remark-cli --watch, a new run)', async () => {
    const tree = tempTree({ '.blamelessrc.json': JSON.stringify({ rules: { counterfactual: 'off' } }), 'pm.md': TEXT });
    trees.push(tree.remove);
    const file = () => new VFile({ path: join(tree.dir, 'pm.md'), value: TEXT });
    expect((await messages(remarkBlameless, file())).map((m) => m.ruleId)).toEqual(['human-error']);
    writeFileSync(join(tree.dir, '.blamelessrc.json'), JSON.stringify({ rules: { 'human-error': 'off' } }));
    expect((await messages(remarkBlameless, file())).map((m) => m.ruleId)).toEqual(['counterfactual']);
  });

  it('sets `expected` to the rewrites that replace `actual`', async () => {
    const text =
      '# Outage\n\n## Timeline\n\n- 10:00 UTC Sam realized the queue was full\n- 10:05 UTC the queue drained\n\n## Action items\n\n- [ ] Add a queue alert (owner: Sam Lee, due 2026-07-01)\n';
    const result = await lintFile(
      unified().use(remarkParse).use(remarkBlameless, { now: '2026-01-01' }),
      new VFile({ path: 'pm.md', value: text }),
    );
    expect(result.messages.find((m) => m.actual === 'realized')).toMatchObject({
      ruleId: 'interpretive-timeline',
      expected: ['identified'],
    });
  });

  it('refuses bad options when attached, naming the package', () => {
    const attach = (options: unknown) =>
      unified()
        .use(remarkParse)
        .use(remarkBlameless, options as never)
        .freeze();
    expect(() => attach({ confg: {} })).toThrow(
      'remark-blameless: unknown option "confg" (known: config, now, configFile)',
    );
    expect(() => attach({ config: { rules: { 'no-such-rule': 'error' } } })).toThrow(
      /remark-blameless options\.config.*no-such-rule/,
    );
    expect(() => attach({ now: '2026-02-30' })).toThrow(/now/);
    expect(() =>
      unified()
        .use(remarkParse)
        .use(remarkBlamelessBrowser, { configFile: 'x.json' } as never)
        .freeze(),
    ).toThrow('unknown option "configFile"');
  });
});
