// CLI cold start on a one-line file, against `node -e 0` (the least any Node CLI can cost) and, for
// reference, the alex CLI on the same file. hyperfine when it is installed (apt-get install hyperfine);
// otherwise spawnSync timings with the same warm-up and run counts.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from './stats.mjs';

const root = join(import.meta.dirname, '..');
const RUNS = 20;
const WARMUP = 3;

function hasHyperfine() {
  return spawnSync('hyperfine', ['--version'], { encoding: 'utf8' }).status === 0;
}

/** Median wall time (ms) of each command, keyed by name. Commands are argv arrays run without a shell. */
function measure(commands, dir) {
  if (hasHyperfine()) {
    const json = join(dir, 'hyperfine.json');
    const quote = (a) => `'${a.replace(/'/g, `'\\''`)}'`;
    execFileSync(
      'hyperfine',
      [
        '-N',
        '--warmup',
        String(WARMUP),
        '--runs',
        String(RUNS),
        '-i',
        '--export-json',
        json,
        ...Object.entries(commands).flatMap(([name, argv]) => ['-n', name, argv.map(quote).join(' ')]),
      ],
      { cwd: dir, stdio: 'ignore' },
    );
    const out = JSON.parse(readFileSync(json, 'utf8'));
    return { tool: 'hyperfine', times: Object.fromEntries(out.results.map((r) => [r.command, r.median * 1000])) };
  }
  const times = {};
  for (const [name, argv] of Object.entries(commands)) {
    const xs = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const t = performance.now();
      spawnSync(argv[0], argv.slice(1), { cwd: dir, stdio: 'ignore' });
      if (i >= WARMUP) xs.push(performance.now() - t);
    }
    times[name] = median(xs);
  }
  return { tool: 'spawnSync', times };
}

export function measureColdStart(log) {
  const dir = mkdtempSync(join(tmpdir(), 'blameless-cold-'));
  try {
    writeFileSync(join(dir, 'one.md'), 'The deploy finished at 10:00 UTC.\n');
    const node = process.execPath;
    const commands = {
      'node -e 0': [node, '-e', '0'],
      'blameless-lint one.md': [node, join(root, 'packages/core/bin/blameless-lint.cjs'), 'one.md'],
      'alex one.md': [node, join(root, 'node_modules/alex/cli.js'), 'one.md'],
    };
    const { tool, times } = measure(commands, dir);
    const base = times['node -e 0'];
    const rows = Object.entries(times).map(([name, ms]) => ({ name, ms, ratio: ms / base }));
    for (const r of rows) log(`  ${r.name}: ${r.ms.toFixed(1)} ms (${r.ratio.toFixed(2)}× node -e 0)`);
    return { tool, runs: RUNS, rows };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
