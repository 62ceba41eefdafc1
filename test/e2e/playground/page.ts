/**
 * The playground as the e2e tests reach it: `scripts/serve.mjs` serves the built page on a free port and
 * Chromium (playwright-core, Debian's /usr/bin/chromium) opens it. Waits are on the page's own version marks.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

const repo = fileURLToPath(new URL('../../../', import.meta.url));

export interface Playground {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startPlayground(): Promise<Playground> {
  const server = spawn(process.execPath, [`${repo}packages/playground/scripts/serve.mjs`, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /http:\/\/\S+/.exec(out);
      if (m) resolve(m[0]);
    });
    server.on('exit', (code) => reject(new Error(`playground server exited (${code}): ${out}`)));
  });
  const browser = await chromium.launch({
    executablePath: process.env.BLAMELESS_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  return {
    url,
    browser,
    async close() {
      await browser.close();
      server.kill();
    },
  };
}

/** Waits until the page has drawn the lint of its current text and written it to the URL. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const { version, linted, shared } = document.documentElement.dataset;
      return version !== undefined && linted === version && shared === version;
    },
    null,
    { timeout: 120_000 },
  );
}

/** A new tab at `address`, settled; `errors` collects the page's uncaught errors. */
export async function openPage(browser: Browser, address: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(address);
  await settled(page);
  return { page, errors };
}
