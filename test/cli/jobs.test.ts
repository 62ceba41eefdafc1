import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createLintPool, defaultJobs, libraryUrl, mapLimit } from '../../packages/core/src/node/jobs.js';

const dist = fileURLToPath(new URL('../../packages/core/dist/index.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'blameless-jobs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const workerModule = pathToFileURL(
  fileURLToPath(new URL('../../packages/core/dist/node/worker.js', import.meta.url)),
).href;

/** A worker script serving a stand-in `lint`, for the failure paths a real lint never takes on purpose. */
function standIn(name: string, lintSource: string): { script: string } {
  const file = join(dir, name);
  writeFileSync(
    file,
    `import { serveLintTasks } from ${JSON.stringify(workerModule)};\nserveLintTasks(${lintSource});\n`,
  );
  return { script: file };
}

describe('mapLimit', () => {
  it('keeps input order and never runs more than the limit at once', async () => {
    let running = 0;
    let peak = 0;
    const out = await mapLimit([5, 1, 4, 2, 3], 2, async (n, i) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setImmediate(r));
      running--;
      return `${i}:${n * 10}`;
    });
    expect(out).toEqual(['0:50', '1:10', '2:40', '3:20', '4:30']);
    expect(peak).toBe(2);
  });

  it('handles an empty list', async () => {
    expect(await mapLimit([], 4, async () => 1)).toEqual([]);
  });
});

describe('lint pool', () => {
  it('defaults to the cores available', () => {
    expect(defaultJobs()).toBeGreaterThanOrEqual(1);
  });

  it('finds the library entry beside the CLI bundle or one folder up', () => {
    const bundle = pathToFileURL(join(dir, 'dist', 'cli.js')).href;
    expect(libraryUrl(bundle)).toBeUndefined();
    writeFileSync(join(dir, 'index.js'), '');
    expect(libraryUrl(pathToFileURL(join(dir, 'cli', 'jobs.js')).href)?.href).toBe(
      pathToFileURL(join(dir, 'index.js')).href,
    );
  });

  it('gives the same diagnostics as linting in-process, in order, with the built library', async () => {
    if (!existsSync(dist)) throw new Error(`${dist} is missing: run \`npm run build -w packages/core\` first`);
    const core = await import(pathToFileURL(dist).href);
    const texts = [
      'examples/02-checkout-outage-blameful.md',
      'examples/03-database-failover.md',
      'examples/05-cert-expiry-email.txt',
    ].map((f) => ({ filePath: f, text: readFileSync(fileURLToPath(new URL(`../../${f}`, import.meta.url)), 'utf8') }));
    const config = core.resolveConfig([]);
    const pool = createLintPool(2, { library: pathToFileURL(dist) });
    try {
      const inPool = await Promise.all(
        texts.map((t) => pool.lint(t.text, { filePath: t.filePath, config, now: '2026-11-01' })),
      );
      const direct = texts.map((t) => core.lint(t.text, { filePath: t.filePath, config, now: '2026-11-01' }));
      expect(inPool).toEqual(direct);
    } finally {
      await pool.close();
    }
  });

  it('keeps configs apart when tasks alternate between them (each is sent to a worker once)', async () => {
    if (!existsSync(dist)) throw new Error(`${dist} is missing: run \`npm run build -w packages/core\` first`);
    const core = await import(pathToFileURL(dist).href);
    const text = readFileSync(
      fileURLToPath(new URL('../../examples/02-checkout-outage-blameful.md', import.meta.url)),
      'utf8',
    );
    const all = core.resolveConfig([]);
    const fewer = core.resolveConfig([{ rules: { 'names-as-root-cause': 'off', 'judgmental-language': 'off' } }]);
    const pool = createLintPool(1, { library: pathToFileURL(dist) });
    try {
      const configs = [all, fewer, all, fewer, fewer, all];
      const results = await Promise.all(
        configs.map((config) => pool.lint(text, { filePath: 'x.md', config, now: '2026-11-01' })),
      );
      results.forEach((r, i) =>
        expect(r).toEqual(core.lint(text, { filePath: 'x.md', config: configs[i], now: '2026-11-01' })),
      );
      expect(results[0].diagnostics.length).toBeGreaterThan(results[1].diagnostics.length);
    } finally {
      await pool.close();
    }
  });

  it('turns a throw inside lint into a rejected task and keeps serving', async () => {
    const pool = createLintPool(
      1,
      standIn(
        'throws.mjs',
        `(text) => { if (text === 'bad') throw new Error('boom'); return { diagnostics: [{ text }] }; }`,
      ),
    );
    try {
      const bad = pool.lint('bad', {});
      const good = pool.lint('good', {});
      await expect(bad).rejects.toThrow(/boom/);
      expect(await good).toEqual({ diagnostics: [{ text: 'good' }] });
    } finally {
      await pool.close();
    }
  });

  it('replaces a worker that dies, failing only the task it held', async () => {
    const pool = createLintPool(
      1,
      standIn('dies.mjs', `(text) => { if (text === 'die') process.exit(3); return { diagnostics: [] }; }`),
    );
    try {
      // 'after' was already sent to the dying worker behind 'die': it is linted by the replacement.
      const die = pool.lint('die', {});
      const after = pool.lint('after', {});
      await expect(die).rejects.toThrow(/exit code 3/);
      expect(await after).toEqual({ diagnostics: [] });
    } finally {
      await pool.close();
    }
  });

  it('rejects tasks when the library cannot be loaded', async () => {
    const pool = createLintPool(1, { library: pathToFileURL(join(dir, 'missing', 'index.js')) });
    try {
      await expect(pool.lint('x', {})).rejects.toThrow(/cannot load the library/);
    } finally {
      await pool.close();
    }
  });

  it('rejects pending tasks on close and refuses new ones', async () => {
    const pool = createLintPool(
      1,
      standIn('slow.mjs', `() => { const t = Date.now(); while (Date.now() - t < 200); return { diagnostics: [] }; }`),
    );
    const pending = expect(pool.lint('a', {})).rejects.toThrow(/closed/);
    const queued = expect(pool.lint('b', {})).rejects.toThrow(/closed/);
    await pool.close();
    await pending;
    await queued;
    await expect(pool.lint('c', {})).rejects.toThrow(/closed/);
  });
});
