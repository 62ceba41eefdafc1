// Issue 15: findings through the CLI, the unified plugin, the language server and the playground (in Chromium)
// are the same on every file of examples/: rule id, severity, range and message, with today fixed.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cli,
  examplesFolder,
  expectSameFindings,
  npmSurfaces,
  TODAY,
  type Findings,
  type Surface,
} from '../../surfaces/surfaces.js';
import { openPage, settled, startPlayground, type Playground } from '../playground/page.js';
import { playgroundSurface } from './playground-surface.js';

let folder: ReturnType<typeof examplesFolder>;
let reference: Findings;
let playground: Playground;
let page: Page;
let errors: string[];

beforeAll(async () => {
  folder = examplesFolder();
  reference = await cli(folder.dir, folder.names);
  playground = await startPlayground();
  ({ page, errors } = await openPage(playground.browser, playground.url));
});
afterAll(async () => {
  await playground?.close();
  folder?.remove();
});

describe('the same findings on examples/ through all four surfaces', () => {
  it('the CLI, the unified plugin, the language server and the playground agree on every example', async () => {
    expect(Object.keys(reference).sort()).toEqual(folder.names);
    const surfaces: Record<string, Surface> = { ...npmSurfaces, playground: playgroundSurface(page) };
    for (const [name, surface] of Object.entries(surfaces))
      expectSameFindings(name, await surface(folder.dir, folder.names), reference, folder.names);
    expect(errors).toEqual([]);
  });

  it('the Today field of the playground decides which deadlines are overdue, and its link keeps the day', async () => {
    const fresh = await openPage(playground.browser, playground.url);
    const overdue = (p: Page) =>
      p.$$eval('#findings li .rule', (rules) => rules.filter((r) => r.textContent === 'action-item-overdue').length);
    // examples/ is dated in 2026: by TODAY no action item is overdue, by 2030 the open ones with a date are.
    await playgroundSurface(fresh.page)(folder.dir, ['02-checkout-outage-blameful.md']);
    expect(await fresh.page.locator('#today').inputValue()).toBe(TODAY);
    expect(await overdue(fresh.page)).toBe(0);
    await fresh.page.locator('#today').fill('2030-01-01');
    await settled(fresh.page);
    expect(await overdue(fresh.page)).toBeGreaterThan(0);
    const restored = await openPage(playground.browser, fresh.page.url());
    expect(await restored.page.locator('#today').inputValue()).toBe('2030-01-01');
    expect(await overdue(restored.page)).toBe(await overdue(fresh.page));
    expect([...fresh.errors, ...restored.errors]).toEqual([]);
    await Promise.all([fresh.page.close(), restored.page.close()]);
  });
});
