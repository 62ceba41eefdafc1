// Well-kept libraries measured against the code of our own that does the same job (issue 14): the same
// workload through both, in this process, interleaved, median of five. What we keep and why is in
// BENCHMARKS.md and in the commits that made the choice.
import { globby } from 'globby';
import { LRUCache } from 'lru-cache';
import Tinypool from 'tinypool';
import { readFileSync, readdirSync } from 'node:fs';
import { location } from 'vfile-location';
import { join } from 'node:path';
import { bigPostmortem } from './lsp-latency.mjs';

const ROUNDS = 5;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

/** Interleaved rounds of each contender; milliseconds, median. */
function race(contenders) {
  const times = contenders.map(() => []);
  for (let r = 0; r < ROUNDS; r++)
    contenders.forEach((c, k) => {
      const t = performance.now();
      c.run();
      times[k].push(performance.now() - t);
    });
  return times.map(median);
}

/**
 * The block cache's workload: keys as long as a paragraph, a weight per entry, most lookups hits, and
 * enough new entries to evict (a long document re-linted while typing, then another document).
 */
function cacheWorkload(make) {
  const keys = Array.from(
    { length: 20_000 },
    (_, i) => `${'the deploy pipeline promoted the build to production '.repeat(6)}${i}`,
  );
  return () => {
    const cache = make();
    let hits = 0;
    for (let round = 0; round < 3; round++) {
      for (const k of keys) {
        if (cache.get(k) !== undefined) hits++;
        else cache.set(k, { findings: [], key: k.length });
      }
    }
    return hits;
  };
}

export async function measureLibraries(log) {
  const internals = await import('../packages/core/dist/engine/bounded-cache.js').catch(() => null);
  const rows = [];
  if (internals?.BoundedCache) {
    const weigh = (k) => k.length * 2 + 64;
    // 16 MB holds every entry (re-linting: hits); 4 MB holds a quarter (a new document each pass: evictions).
    for (const [max, what] of [
      [16 << 20, 'all fit, then hits'],
      [4 << 20, 'a quarter fits, evicting'],
    ]) {
      const [ours, lib] = race([
        { run: cacheWorkload(() => new internals.BoundedCache(max, weigh)) },
        { run: cacheWorkload(() => new LRUCache({ maxSize: max, sizeCalculation: (_v, k) => weigh(k) })) },
      ]);
      rows.push({
        job: `content-keyed cache: 20,000 paragraph keys, 3 passes (${what})`,
        ours: 'engine/bounded-cache.ts (weighted FIFO)',
        library: 'lru-cache 11 (maxSize + sizeCalculation)',
        oursMs: ours,
        libraryMs: lib,
      });
      log(`  cache (${what}): ours ${ours.toFixed(1)} ms, lru-cache ${lib.toFixed(1)} ms`);
    }
  }
  const positions = await import('../packages/core/dist/document/positions.js');
  const { text } = bigPostmortem();
  const offsets = Array.from({ length: 5_000 }, (_, i) => Math.floor((((i * 7919) % 5000) / 5000) * text.length));
  // Ten documents' worth, so the figure is above the timer's noise.
  const [ours, lib] = race([
    {
      run: () => {
        for (let d = 0; d < 10; d++) {
          const at = positions.positionMapper(`${text}${d}`);
          for (const o of offsets) at(o);
        }
      },
    },
    {
      run: () => {
        for (let d = 0; d < 10; d++) {
          const loc = location(`${text}${d}`);
          for (const o of offsets) loc.toPoint(o);
        }
      },
    },
  ]);
  rows.push({
    job: 'offset to line/column (10 documents of 20,000 words, 5,000 lookups each)',
    ours: 'document/positions.ts (line starts, binary search)',
    library: 'vfile-location 5',
    oursMs: ours,
    libraryMs: lib,
  });
  log(`  positions: ours ${ours.toFixed(1)} ms, vfile-location ${lib.toFixed(1)} ms`);
  // Discovery: this repository's own tree (its .gitignore files, node_modules skipped), as `blameless-lint .`
  // walks it. Both must find the same files for the times to mean anything.
  const discovery = await import('../packages/core/dist/node/discover.js');
  const root = join(import.meta.dirname, '..');
  const viaGlobby = () =>
    globby(['**/*.{md,markdown,mdx,txt}'], {
      cwd: root,
      gitignore: true,
      ignoreFiles: ['**/.blamelessignore'],
      ignore: ['**/node_modules/**', '**/.git/**'],
      absolute: true,
      dot: false,
    });
  const mine = discovery.discover(['.'], root).files.length;
  const theirs = (await viaGlobby()).length;
  const times = [[], []];
  for (let r = 0; r < ROUNDS; r++) {
    let t = performance.now();
    discovery.discover(['.'], root);
    times[0].push(performance.now() - t);
    t = performance.now();
    await viaGlobby();
    times[1].push(performance.now() - t);
  }
  rows.push({
    job: `finding the files to lint in this repository (nested .gitignore; ours ${mine} files, globby ${theirs})`,
    ours: 'node/discover.ts (walk + ignore + picomatch)',
    library: 'globby 14 (gitignore: true)',
    oursMs: median(times[0]),
    libraryMs: median(times[1]),
  });
  log(
    `  discovery: ours ${median(times[0]).toFixed(1)} ms (${mine} files), globby ${median(times[1]).toFixed(1)} ms (${theirs} files)`,
  );
  // Worker pools: two workers linting 400 distinct postmortems (the examples, each made distinct), the
  // way `--jobs 2` does; ours sends a config once per worker, tinypool clones the options with every task.
  const jobs = await import('../packages/core/dist/node/jobs.js');
  const examples = readdirSync(join(root, 'examples'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => readFileSync(join(root, 'examples', f), 'utf8'));
  const texts = Array.from(
    { length: 400 },
    (_, i) => `${examples[i % examples.length]}\n\nRun note ${i}: the queue drained at ${i} seconds.\n`,
  );
  const options = { now: '2026-12-01' };
  const poolTimes = [[], []];
  for (let r = 0; r < 3; r++) {
    let t = performance.now();
    const ours = jobs.createLintPool(2, { library: new URL('../packages/core/dist/index.js', import.meta.url) });
    await Promise.all(texts.map((x) => ours.lint(x, options)));
    await ours.close();
    poolTimes[0].push(performance.now() - t);
    t = performance.now();
    const pool = new Tinypool({
      filename: new URL('./tinypool-worker.mjs', import.meta.url).href,
      minThreads: 2,
      maxThreads: 2,
    });
    await Promise.all(texts.map((x) => pool.run({ text: x, options })));
    await pool.destroy();
    poolTimes[1].push(performance.now() - t);
  }
  rows.push({
    job: 'a pool of 2 workers linting 400 distinct postmortems (start to last result, workers started inside)',
    ours: 'node/worker-pool.ts (via node/jobs.ts)',
    library: 'tinypool 1',
    oursMs: median(poolTimes[0]),
    libraryMs: median(poolTimes[1]),
  });
  log(`  pool: ours ${median(poolTimes[0]).toFixed(0)} ms, tinypool ${median(poolTimes[1]).toFixed(0)} ms`);
  return rows;
}
