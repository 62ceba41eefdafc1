// Throughput side by side: every contender over the same file list, each run in a fresh child process.
// Runs are interleaved round-robin (floor, remark, alex, blameless, floor, ...) so a noisy neighbour on this
// shared machine slows every contender alike instead of one of them.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { median, runChild } from './stats.mjs';

const script = join(import.meta.dirname, 'contenders.mjs');

/**
 * @param set { name, label, files, count, bytes, words }
 * @param contenders names from contenders.mjs
 * @param runs how many runs per contender (the median is reported); a number, or { name: count }
 */
export function measureSet(set, contenders, runs, log) {
  const runsOf = (c) => (typeof runs === 'number' ? runs : (runs[c] ?? runs.default));
  const most = Math.max(...contenders.map(runsOf));
  const listFile = join(tmpdir(), `blameless-bench-${process.pid}-${set.name}.json`);
  writeFileSync(listFile, JSON.stringify(set.files));
  const samples = Object.fromEntries(contenders.map((c) => [c, []]));
  const errors = {};
  for (let r = 0; r < most; r++) {
    for (const c of contenders) {
      if (errors[c] || r >= runsOf(c)) continue;
      const out = runChild([script, c, listFile]);
      if (out.error) {
        errors[c] = out.error;
        log(`  ${set.name} ${c}: FAILED ${out.error}`);
        continue;
      }
      samples[c].push(out);
      log(
        `  ${set.name} ${c} run ${r + 1}/${runsOf(c)}: ${(out.ms / 1000).toFixed(2)} s, ${(out.rss / 1048576).toFixed(0)} MB RSS`,
      );
    }
  }
  const results = {};
  for (const c of contenders) {
    if (errors[c]) {
      results[c] = { error: errors[c] };
      continue;
    }
    const s = samples[c];
    const ms = median(s.map((x) => x.ms));
    results[c] = {
      runs: s.length,
      ms,
      times: s.map((x) => Math.round(x.ms)),
      rss: Math.max(...s.map((x) => x.rss)),
      findings: s[0].findings,
      mbPerS: set.bytes / 1048576 / (ms / 1000),
      wordsPerS: set.words / (ms / 1000),
    };
  }
  return { name: set.name, label: set.label, count: set.count, bytes: set.bytes, words: set.words, results };
}
