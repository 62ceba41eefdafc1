/**
 * Driving the VS Code workbench in Chromium through the DOM, the way a user does: keyboard
 * shortcuts, Quick Open, the Problems panel. Every step waits for DOM state, never for time.
 */
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(
  userDataDir: string,
): Promise<{ browser: Browser; page: Page; close: () => Promise<void> }> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.BLAMELESS_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1400, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { browser: context.browser()!, page, close: () => context.close() };
}

export class Workbench {
  constructor(readonly page: Page) {}

  get editor(): Locator {
    return this.page.locator('.editor-group-container.active .monaco-editor').first();
  }

  async open(url: string, folder: string): Promise<void> {
    await this.page.goto(`${url}/?folder=${encodeURIComponent(folder)}`);
    await this.page.locator('.monaco-workbench').waitFor();
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor();
  }

  /** Text inputs such as the Problems filter keep some workbench shortcuts to themselves: step out first. */
  private async leaveInputs(): Promise<void> {
    // A string, so this file needs no DOM typings.
    await this.page.evaluate(`(() => {
      const active = document.activeElement;
      if (active && active.tagName === 'INPUT' && !active.closest('.monaco-editor')) active.blur();
    })()`);
  }

  /** Quick Open (Ctrl+P): the file by name, then wait until its editor tab is active. */
  async openFile(path: string): Promise<void> {
    // Quick Open matches the path; its rows and the editor tab show the file name.
    const name = path.split('/').pop()!;
    await this.leaveInputs();
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(path);
    // The list filters as it is typed into: wait until the entry Enter would pick is ours.
    await this.page.locator('.quick-input-list .monaco-list-row.focused', { hasText: name }).waitFor();
    await this.page.keyboard.press('Enter');
    await this.page.locator('.editor-group-container.active .tab.active', { hasText: name }).waitFor();
    await this.editor.locator('.view-lines').waitFor();
  }

  /** Runs a command from the Command Palette by its title. */
  async command(title: string): Promise<void> {
    await this.leaveInputs();
    await this.page.keyboard.press('Control+Shift+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`>${title}`);
    await this.page.locator('.quick-input-list .monaco-list-row.focused', { hasText: title }).waitFor();
    await this.page.keyboard.press('Enter');
  }

  /** Go to line:column (1-based) with Ctrl+G; the editor keeps the focus. */
  async goTo(line: number, column = 1): Promise<void> {
    await this.editor.click({ position: { x: 200, y: 10 } });
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden' });
    await this.page.locator('.statusbar-item', { hasText: `Ln ${line}, Col ${column}` }).waitFor();
  }

  squiggles(): Locator {
    return this.editor.locator('.squiggly-warning, .squiggly-error, .squiggly-info');
  }

  /** Opens the Problems panel and, when given, filters it by text (a rule id, a file name). */
  async problems(filter = ''): Promise<Locator> {
    const panel = this.page.locator('.markers-panel');
    if (!(await panel.isVisible())) {
      await this.command('View: Focus Problems (Errors, Warnings, Infos)');
      await panel.waitFor();
    }
    // The filter box sits in the panel's title bar, outside .markers-panel. It applies its text after a
    // short debounce, so it is typed only when it changes (re-typing on every poll would never settle).
    const box = this.page.getByPlaceholder(/^Filter \(e\.g\./).first();
    if ((await box.inputValue()) !== filter) {
      await box.click();
      await this.page.keyboard.press('Control+A');
      if (filter) await this.page.keyboard.type(filter);
      else await this.page.keyboard.press('Backspace');
    }
    // File rows, each followed by its findings' rows, in display order.
    return panel.locator('.monaco-list-row');
  }

  /** Moves the mouse onto a word of the visible line that starts with `lineStart`. */
  async hoverWord(lineStart: string, word: string): Promise<void> {
    const span = this.editor.locator('.view-line', { hasText: lineStart }).locator(':scope > span');
    const text = (await span.textContent()) ?? '';
    const box = await span.boundingBox();
    const index = text.indexOf(word);
    if (!box || index < 0 || text.length === 0) throw new Error(`hoverWord: "${word}" not visible in "${lineStart}"`);
    const charWidth = box.width / text.length; // the editor font is monospace
    const x = box.x + (index + word.length / 2) * charWidth;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x - charWidth, y);
    await this.page.mouse.move(x, y, { steps: 3 });
  }

  /** Replaces the active editor's whole text. insertText types no keys, so no brackets or quotes auto-close. */
  async replaceText(text: string): Promise<void> {
    await this.editor.click({ position: { x: 300, y: 10 } });
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.insertText(text);
    const firstLine = text.split('\n')[0];
    await this.editor.locator('.view-line', { hasText: firstLine.trim() }).first().waitFor();
  }

  /** Squiggles drawn on the visible line that contains `text` (the editor renders only lines in view). */
  async squigglesOnLine(text: string): Promise<number> {
    const line = await this.editor.locator('.view-line', { hasText: text }).first().boundingBox();
    if (!line) return 0;
    let count = 0;
    for (const squiggle of await this.squiggles().all()) {
      const box = await squiggle.boundingBox();
      if (box && box.y + box.height / 2 >= line.y && box.y + box.height / 2 <= line.y + line.height) count++;
    }
    return count;
  }

  /** Picks an entry of the open code-action menu (Ctrl+.) with the keyboard, as a user would. */
  async chooseAction(title: string): Promise<void> {
    const row = this.page.locator('.action-widget .monaco-list-row', { hasText: title });
    await row.waitFor();
    const rows = await this.page.locator('.action-widget .monaco-list-row').count();
    for (let i = 0; i <= rows; i++) {
      if ((await row.getAttribute('class'))?.split(' ').includes('focused')) {
        await this.page.keyboard.press('Enter');
        await this.page.locator('.action-widget').waitFor({ state: 'hidden' });
        return;
      }
      await this.page.keyboard.press('ArrowDown');
    }
    throw new Error(`chooseAction: could not focus "${title}"`);
  }
}
