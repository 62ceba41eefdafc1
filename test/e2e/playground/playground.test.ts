// The playground as a user meets it: `npm run playground` serves the built page, Chromium loads it, text is
// pasted and typed, rules toggled, the link shared. What the page shows must be exactly what lint() says in Node.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint, type Diagnostic, type Language, type UserConfig } from '@blameless-lint/core';
import { TODAY } from '../../surfaces/surfaces.js';
import { openPage, settled, startPlayground, type Playground } from './page.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const example = (name: string) => readFileSync(`${repo}examples/${name}`, 'utf8');
let playground: Playground;
let url: string;

beforeAll(async () => {
  playground = await startPlayground();
  url = playground.url;
});

afterAll(async () => {
  await playground?.close();
});

const open = (address: string) => openPage(playground.browser, address);

interface Shown {
  ruleId: string;
  start: number;
  end: number;
  position: string;
  message: string;
  rewrites: string[];
}

/** The findings list as shown, and the findings as the highlights mark them (pieces joined back per finding). */
async function shown(page: Page) {
  return page.evaluate(() => {
    const text = (document.getElementById('text') as HTMLTextAreaElement).value;
    const items = Array.from(document.querySelectorAll<HTMLElement>('#findings li')).map((li) => ({
      ruleId: li.dataset.rule!,
      start: Number(li.dataset.start),
      end: Number(li.dataset.end),
      position: li.querySelector('.pos')!.textContent!,
      message: li.querySelector('.message')!.textContent!,
      rewrites: Array.from(li.querySelectorAll('.rewrite-text')).map((r) => r.textContent!),
    }));
    const pieces = new Map<number, Array<{ start: number; end: number; text: string }>>();
    for (const mark of Array.from(document.querySelectorAll<HTMLElement>('#mirror mark'))) {
      for (const id of mark.dataset.ids!.split(' ').map(Number)) {
        pieces.set(id, [
          ...(pieces.get(id) ?? []),
          { start: Number(mark.dataset.start), end: Number(mark.dataset.end), text: mark.textContent! },
        ]);
      }
    }
    const highlights = [...pieces.entries()]
      .sort(([a], [b]) => a - b)
      .map(([id, parts]) => ({
        id,
        start: parts[0]!.start,
        end: parts.at(-1)!.end,
        contiguous: parts.every((p, i) => i === 0 || p.start === parts[i - 1]!.end),
        text: parts.map((p) => p.text).join(''),
      }));
    return {
      text,
      items,
      highlights,
      mirrorText: document.getElementById('mirror')!.textContent!.replace(/\u200b$/, ''),
    };
  });
}

function expected(
  text: string,
  config: UserConfig,
  language: Language = 'markdown',
): { diagnostics: Diagnostic[]; items: Shown[] } {
  const { diagnostics } = lint(text, { filePath: 'playground.md', language, config });
  const items = diagnostics.map((d) => ({
    ruleId: d.ruleId,
    start: d.range.start.offset,
    end: d.range.end.offset,
    position: `${d.range.start.line}:${d.range.start.column}-${d.range.end.line}:${d.range.end.column}`,
    message: d.message,
    rewrites: (d.suggestions ?? []).map((s) => s.description),
  }));
  return { diagnostics, items };
}

/** The page shows exactly Node's findings for its text: the list, and one highlight per finding over its exact range. */
async function expectSameAsNode(page: Page, config: UserConfig, language: Language = 'markdown'): Promise<Shown[]> {
  const view = await shown(page);
  const want = expected(view.text, config, language);
  expect(view.items).toEqual(want.items);
  expect(view.mirrorText).toBe(view.text);
  const ranged = want.items.map((d, id) => ({ ...d, id }));
  expect(view.highlights).toEqual(
    ranged.map((d) => ({
      id: d.id,
      start: d.start,
      end: d.end,
      contiguous: true,
      text: view.text.slice(d.start, d.end),
    })),
  );
  return view.items;
}

describe('the playground', () => {
  it('opens with the example postmortem, its findings listed and highlighted as lint() finds them', async () => {
    const { page, errors } = await open(url);
    const { text, items } = await shown(page);
    expect(text).toBe(example('02-checkout-outage-blameful.md').replace(/ ?<!-- expect(-section)?: [^>]*-->/g, ''));
    expect(items.length).toBeGreaterThan(10);
    await expectSameAsNode(page, { extends: 'recommended', rules: {} });
    // Each rule id links to its docs.
    const links = await page.$$eval('#findings li a.rule', (as) =>
      as.map((a) => [a.textContent, (a as HTMLAnchorElement).href]),
    );
    for (const [id, href] of links)
      expect(href).toBe(`https://github.com/blameless-lint/blameless-lint/blob/main/rules/${id}.md`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows for every example in examples/ exactly what lint() finds, the .txt one read as plain text', async () => {
    const { page, errors } = await open(url);
    const names = [
      '01-clean-postmortem.md',
      '02-checkout-outage-blameful.md',
      '03-database-failover.md',
      '04-dns-misconfiguration.md',
      '05-cert-expiry-email.txt',
    ];
    // Deadlines in examples/ are real dates: a fixed Today keeps the clean one clean on any day.
    const config: UserConfig = { extends: 'recommended', rules: {}, now: TODAY };
    await page.locator('#today').fill(TODAY);
    await settled(page);
    const counts: number[] = [];
    for (const name of names) {
      const language: Language = name.endsWith('.txt') ? 'text' : 'markdown';
      if ((await page.locator('#language').inputValue()) !== language) {
        await page.locator('#language').selectOption(language);
        await settled(page);
      }
      await page.evaluate((text) => {
        const textarea = document.getElementById('text') as HTMLTextAreaElement;
        textarea.value = text;
        textarea.dispatchEvent(new Event('input'));
      }, example(name));
      await settled(page);
      counts.push((await expectSameAsNode(page, config, language)).length);
    }
    // The language and the day are part of the link.
    const restored = await open(page.url());
    expect(await restored.page.locator('#language').inputValue()).toBe('text');
    expect(await restored.page.locator('#today').inputValue()).toBe(TODAY);
    expect((await shown(restored.page)).items).toEqual(
      expected(example('05-cert-expiry-email.txt'), config, 'text').items,
    );
    await restored.page.close();
    expect(counts[0]).toBe(0); // the clean postmortem
    expect(Math.min(...counts.slice(1))).toBeGreaterThanOrEqual(4); // the four drafts: each has findings
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lints what is pasted and typed, toggles rules and presets, applies a rewrite, and a shared link restores it all', async () => {
    const { page, errors } = await open(url);
    const textarea = page.locator('#text');
    await textarea.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(example('03-database-failover.md')); // a paste: one input event
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nIn the end it was human error: Jonas should have known better.\n');
    await settled(page);
    expect(await textarea.inputValue()).toBe(
      `${example('03-database-failover.md')}\nIn the end it was human error: Jonas should have known better.\n`,
    );
    const before = await expectSameAsNode(page, { extends: 'recommended', rules: {} });
    expect(before.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['human-error', 'counterfactual']));

    // A rule switched off: its findings go, from the list and from the text.
    await page.locator('input[data-rule="human-error"]').uncheck();
    await settled(page);
    const after = await expectSameAsNode(page, { extends: 'recommended', rules: { 'human-error': 'off' } });
    expect(after.some((f) => f.ruleId === 'human-error')).toBe(false);
    expect(after).toEqual(before.filter((f) => f.ruleId !== 'human-error'));

    // The link holds the text and the switches: a new tab opened from it shows the same state and findings.
    const link = page.url();
    expect(link).toMatch(/#v1\.[\w-]+$/);
    const restored = await open(link);
    expect(await restored.page.locator('#text').inputValue()).toBe(await textarea.inputValue());
    expect(await restored.page.locator('input[data-rule="human-error"]').isChecked()).toBe(false);
    expect(await restored.page.locator('#preset').inputValue()).toBe('recommended');
    expect((await shown(restored.page)).items).toEqual(after);
    expect(restored.errors).toEqual([]);
    await restored.page.close();

    // The strict preset: its extra rules run (the switches start again from the preset).
    await page.locator('#preset').selectOption('strict');
    await settled(page);
    const strict = await expectSameAsNode(page, { extends: 'strict', rules: {} });
    expect(strict.length).toBeGreaterThan(before.length);

    // A rewrite with an edit: the button applies it to the text, which is linted again.
    const text = await textarea.inputValue();
    const { diagnostics } = expected(text, { extends: 'strict', rules: {} });
    const index = diagnostics.findIndex((d) => d.suggestions?.some((s) => s.fix));
    expect(index).toBeGreaterThanOrEqual(0);
    const fix = diagnostics[index]!.suggestions!.find((s) => s.fix)!.fix!;
    await page.locator(`#findings li[data-index="${index}"] button.apply`).first().click();
    await settled(page);
    expect(await textarea.inputValue()).toBe(
      text.slice(0, fix.range.start.offset) + fix.text + text.slice(fix.range.end.offset),
    );
    await expectSameAsNode(page, { extends: 'strict', rules: {} });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps typing responsive while a large document is linted (the engine runs in a worker)', async () => {
    const { page, errors } = await open(url);
    // 120 copies of the example, each sentence marked with its copy's number: no two blocks alike, so the
    // engine's per-block cache cannot make the first lint cheap.
    const big = Array.from({ length: 120 }, (_, i) =>
      example('02-checkout-outage-blameful.md').replace(/\.(\s)/g, ` (copy ${i}).$1`),
    ).join('\n');
    // Every lint time the worker reports, from here on.
    await page.evaluate(() => {
      const w = window as unknown as { lints: number[] };
      w.lints = [];
      new MutationObserver(() => w.lints.push(Number(document.documentElement.dataset.lintMs))).observe(
        document.documentElement,
        { attributeFilter: ['data-lint-ms'] },
      );
    });
    // A paste, as the page sees one: the whole text at once and one input event. (Chromium's own insertText of
    // 200 KB into a bare textarea takes a minute on this machine: that is the browser, not the page.)
    await page.locator('#text').focus();
    await page.evaluate((text) => {
      const textarea = document.getElementById('text') as HTMLTextAreaElement;
      textarea.value = text;
      textarea.setSelectionRange(text.length, text.length);
      textarea.dispatchEvent(new Event('input'));
    }, big);
    // Typed at a writer's pace: each pause is longer than the debounce, so lints start while keys keep coming.
    // A key's time is until the page has handled it (Playwright waits for that): a busy page thread shows here.
    // (The Event Timing API does not count the time a key injected this way waits for the thread: tried.)
    const typed = ' Sam should have checked.';
    const keys: number[] = [];
    for (const key of typed) {
      const start = performance.now();
      await page.keyboard.type(key);
      keys.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 250)); // the writer's pause, not a wait for the page
    }
    await settled(page);
    const lints = await page.evaluate(() => (window as unknown as { lints: number[] }).lints);
    expect(await page.locator('#text').inputValue()).toBe(big + typed);
    const { items } = await shown(page);
    expect(items).toEqual(expected(big + typed, { extends: 'recommended', rules: {} }).items);
    const slowestLint = Math.max(...lints);
    const slowestKey = Math.max(0, ...keys);
    console.log(
      `playground: ${big.length} characters, ${items.length} findings; worker lints ${lints.join(', ')} ms; ` +
        `keys ${keys.map(Math.round).join(', ')} ms`,
    );
    // The first lint of the big text takes most of a second or more (0.8 s for 90 copies on a fast machine), and
    // keys kept coming meanwhile: none waited for it, as each would have for half of it on a busy page thread.
    expect(slowestLint).toBeGreaterThan(500);
    expect(slowestKey).toBeLessThan(slowestLint / 2);
    expect(errors).toEqual([]);
    await page.close();
  });
});
