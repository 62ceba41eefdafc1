// Batch CLI over 500 postmortem files: --jobs 2 against --jobs 1, and a --cache re-run against the cold run.
// The 500 files are the postmortem corpus cycled, each with a distinct first line (so no two hash alike),
// written to a temporary folder that is removed afterwards. Each figure is the median wall time of the
// whole CLI process (start-up, discovery, config, lint, report to /dev/null).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { median } from './stats.mjs';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'packages/core/bin/blameless-lint.cjs');
const FILES = 500;
const RUNS = 3;

function time(args, cwd, nodeFlags = []) {
  const t = performance.now();
  const r = spawnSync(process.execPath, [...nodeFlags, cli, ...args], {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    timeout: 300_000,
  });
  const ms = performance.now() - t;
  // Exit 1 means "findings", which postmortems have; 2 is a fatal error.
  if (r.status !== 0 && r.status !== 1)
    throw new Error(
      `blameless-lint ${args.join(' ')} exited ${r.status}: ${r.stderr.trim().split('\n').slice(-2).join(' | ')}`,
    );
  return ms;
}

/** 500 files in a fresh folder: `pick(i)` gives the source of the i-th. */
function writeFiles(dir, pick) {
  let bytes = 0;
  for (let i = 0; i < FILES; i++) {
    const { src, text } = pick(i);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, `doc-${String(i).padStart(3, '0')}${extname(src) || '.md'}`), text);
  }
  return bytes;
}

/**
 * `unique`: the postmortem files (cycled to 500). `general`: general-docs files, of which 500 distinct ones
 * (every k-th) make a second set where no file repeats another, so no per-block cache hit favours one thread.
 * The same pair is also run with the optimizing compiler off (`node --no-opt`): the control that shows where
 * the parallel runs lose.
 */
export function measureBatch(unique, general, log) {
  const help = spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8' }).stdout ?? '';
  if (!help.includes('--jobs') || !help.includes('--cache')) {
    log('  batch: the CLI has no --jobs/--cache yet; skipped');
    return { skipped: 'the CLI does not offer --jobs and --cache yet' };
  }
  const dir = mkdtempSync(join(tmpdir(), 'blameless-batch-'));
  const distinctDir = mkdtempSync(join(tmpdir(), 'blameless-batch-distinct-'));
  try {
    const bytes = writeFiles(dir, (i) => {
      const src = unique[i % unique.length];
      return { src, text: `<!-- batch copy ${i} -->\n${readFileSync(src, 'utf8')}` };
    });
    const step = Math.max(1, Math.floor(general.length / FILES));
    const distinctBytes = writeFiles(distinctDir, (i) => {
      const src = general[(i * step) % general.length];
      return { src, text: readFileSync(src, 'utf8') };
    });
    const cacheFile = join(tmpdir(), `blameless-batch-cache-${process.pid}`);
    const base = ['--format', 'json', '--now', '2026-11-01', '.'];
    const one = [];
    const two = [];
    const cold = [];
    const warm = [];
    const distinct = { one: [], two: [], oneNoOpt: [], twoNoOpt: [] };
    for (let r = 0; r < RUNS; r++) {
      distinct.one.push(time(['--jobs', '1', ...base], distinctDir));
      distinct.two.push(time(['--jobs', '2', ...base], distinctDir));
      distinct.oneNoOpt.push(time(['--jobs', '1', ...base], distinctDir, ['--no-opt']));
      distinct.twoNoOpt.push(time(['--jobs', '2', ...base], distinctDir, ['--no-opt']));
      one.push(time(['--jobs', '1', ...base], dir));
      two.push(time(['--jobs', '2', ...base], dir));
      rmSync(cacheFile, { force: true });
      cold.push(time(['--cache', '--cache-location', cacheFile, ...base], dir));
      warm.push(time(['--cache', '--cache-location', cacheFile, ...base], dir));
      log(
        `  batch run ${r + 1}/${RUNS}: jobs1 ${one.at(-1).toFixed(0)} ms, jobs2 ${two.at(-1).toFixed(0)} ms, cold ${cold.at(-1).toFixed(0)} ms, cached ${warm.at(-1).toFixed(0)} ms`,
      );
    }
    rmSync(cacheFile, { force: true });
    const m = { jobs1: median(one), jobs2: median(two), cold: median(cold), cached: median(warm) };
    const d = Object.fromEntries(Object.entries(distinct).map(([k, v]) => [k, median(v)]));
    log(
      `  batch, 500 distinct files: jobs1 ${d.one.toFixed(0)} ms, jobs2 ${d.two.toFixed(0)} ms; with --no-opt: ${d.oneNoOpt.toFixed(0)} -> ${d.twoNoOpt.toFixed(0)} ms`,
    );
    return {
      files: FILES,
      bytes,
      runs: RUNS,
      ...m,
      jobsRatio: m.jobs1 / m.jobs2,
      cacheRatio: m.cold / m.cached,
      distinct: { bytes: distinctBytes, ...d, jobsRatio: d.one / d.two, noOptRatio: d.oneNoOpt / d.twoNoOpt },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(distinctDir, { recursive: true, force: true });
  }
}
