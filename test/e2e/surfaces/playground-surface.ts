/**
 * The playground as one more surface: each file's text pasted into the page in Chromium, with the config the
 * folder's `.blamelessrc.json` holds (only `now`: the page has no config files) set as a user sets it (the
 * Today field, preset recommended, the language the CLI reads the file's extension as), and the findings read
 * from what the list shows: rule id, line:column range, severity label and message.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { settled } from '../playground/page.js';
import type { Surface } from '../../surfaces/surfaces.js';

const languageOf = (name: string) => (name.endsWith('.txt') ? 'text' : name.endsWith('.mdx') ? 'mdx' : 'markdown');

/** Sets a control as a user would and waits for the lint, unless it already holds the value. */
async function choose(page: Page, selector: string, value: string, set: () => Promise<unknown>): Promise<void> {
  if ((await page.locator(selector).inputValue()) === value) return;
  await set();
  await settled(page);
}

export function playgroundSurface(page: Page): Surface {
  return async (dir, names) => {
    const config = JSON.parse(readFileSync(join(dir, '.blamelessrc.json'), 'utf8')) as Record<string, unknown>;
    const { now, ...rest } = config;
    if (Object.keys(rest).length > 0 || typeof now !== 'string')
      throw new Error(`the playground takes only "now" from a config file: ${JSON.stringify(config)}`);
    await choose(page, '#preset', 'recommended', () => page.locator('#preset').selectOption('recommended'));
    await choose(page, '#today', now, () => page.locator('#today').fill(now));
    const out: Record<string, Awaited<ReturnType<Surface>>[string]> = {};
    for (const name of names) {
      await choose(page, '#language', languageOf(name), () => page.locator('#language').selectOption(languageOf(name)));
      // A paste: the whole text at once, one input event.
      await page.locator('#text').click();
      await page.keyboard.press('Control+A');
      await page.keyboard.insertText(readFileSync(join(dir, name), 'utf8'));
      await settled(page);
      out[name] = await page.$$eval('#findings li', (items) =>
        items.map((li) => ({
          ruleId: li.querySelector('.rule')!.textContent!,
          severity: li.querySelector('.severity')!.textContent!,
          range: li.querySelector('.pos')!.textContent!,
          message: li.querySelector('.message')!.textContent!,
        })),
      );
    }
    return out;
  };
}
