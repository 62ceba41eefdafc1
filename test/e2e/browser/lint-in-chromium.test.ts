// The engine entry (`@blameless-lint/core`) bundled for the browser platform and run in a real Chromium page:
// what a playground or a browser extension does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../../../packages/core/src/index.ts', import.meta.url));
let browser: Browser;
let bundle: string;

beforeAll(async () => {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'blameless',
    write: false,
    logLevel: 'silent',
  });
  bundle = out.outputFiles[0]!.text;
  browser = await chromium.launch({
    executablePath: process.env.BLAMELESS_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
});

afterAll(async () => {
  await browser?.close();
});

describe('lint() in Chromium', () => {
  it('returns the same findings as in Node, with exact ranges', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setContent('<!doctype html><title>blameless-lint</title>');
    await page.addScriptTag({ content: bundle });
    const text =
      '# Checkout outage\n\n## Summary\n\nThe root cause was human error. Sam should have checked the config.\n';
    const found = await page.evaluate((t) => {
      const w = window as unknown as {
        blameless: {
          lint: (
            t: string,
            o?: object,
          ) => {
            diagnostics: Array<{ ruleId: string; range: { start: { offset: number }; end: { offset: number } } }>;
          };
        };
      };
      return w.blameless
        .lint(t, { now: '2026-12-01' })
        .diagnostics.map((d) => ({ ruleId: d.ruleId, text: t.slice(d.range.start.offset, d.range.end.offset) }));
    }, text);
    const { lint } = await import('@blameless-lint/core');
    const inNode = lint(text, { now: '2026-12-01' }).diagnostics.map((d) => ({
      ruleId: d.ruleId,
      text: text.slice(d.range.start.offset, d.range.end.offset),
    }));
    expect(errors).toEqual([]);
    expect(found.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['human-error', 'counterfactual']));
    expect(found).toEqual(inNode);
    await page.close();
  });
});
