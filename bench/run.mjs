// `npm run bench [-- <postmortem folder>...] [--only=throughput,adversarial,typing,lsp,cold,batch,libraries] [--quick] [--no-write] [--render]`
// `npm run bench -- --only=typing` measures the shipped language server as people type (bench/typing.mjs), alone.
// Builds nothing itself (the root script builds first). Prints progress to stderr, writes BENCHMARKS.md
// (unless --no-write, or --only/--quick, which measure a part) and the raw figures to bench/results/latest.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generalCorpus, postmortemCorpus, subsample } from './corpus.mjs';
import { measureSet } from './throughput.mjs';
import { measureAdversarial } from './adversarial.mjs';
import { measureLspLatency } from './lsp-latency.mjs';
import { measureTyping } from './typing.mjs';
import { measureColdStart } from './cold-start.mjs';
import { measureBatch } from './batch.mjs';
import { measureLibraries } from './libraries.mjs';
import { machine, renderReport } from './report.mjs';
import { prepareBaseline } from './baseline.mjs';

const root = join(import.meta.dirname, '..');
const argv = process.argv.slice(2);

// `--render`: rewrite BENCHMARKS.md from the last run's figures (bench/results/latest.json), e.g. after
// editing bench/notes.md, without measuring again.
if (argv.includes('--render')) {
  const last = JSON.parse(readFileSync(join(root, 'bench', 'results', 'latest.json'), 'utf8'));
  writeFileSync(join(root, 'BENCHMARKS.md'), renderReport(last));
  process.stderr.write('rewrote BENCHMARKS.md from bench/results/latest.json\n');
  process.exit(0);
}
const flags = new Set(
  argv.filter((a) => a.startsWith('--') && !a.startsWith('--only=') && !a.startsWith('--baseline=')),
);
const only = argv
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const baselineRef = argv.find((a) => a.startsWith('--baseline='))?.slice(11);
const folders = argv.filter((a) => !a.startsWith('--'));
const quick = flags.has('--quick');
const wants = (section) => !only || only.includes(section);
const log = (line) => process.stderr.write(`${line}\n`);
const started = performance.now();

// The alex subsample: every 2nd general file (~3.4 MB): alex needs ~65 s for 8.8 MB, and a median of three
// runs of all of it would take most of the five-minute budget. Every contender runs the same subsample. A
// larger sample keeps the fixed cost of a fresh process (JIT warm-up: about half of blameless-lint's time on
// 2 MB) from deciding the ratio; that cost is reported as cold start.
const ALEX_EVERY = quick ? 16 : 2;
const RUNS = quick ? 1 : 3;

// With a baseline, blameless-lint built at that commit runs next to the working tree's, interleaved.
const baseline = baselineRef ? prepareBaseline(root, baselineRef, log) : undefined;
if (baseline) process.env.BLAMELESS_BASELINE_DIST = baseline.dist;
const mine = baseline ? ['blameless', 'baseline', 'language', 'baselineLanguage'] : ['blameless'];
const results = {
  command: `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`,
  machine: machine(),
  date: new Date().toISOString(),
  baseline,
};
const general = generalCorpus(root);
const postmortems = postmortemCorpus(root, folders);
results.corpora = {
  general: { count: general.count, bytes: general.bytes, words: general.words },
  postmortems: {
    count: postmortems.count,
    bytes: postmortems.bytes,
    words: postmortems.words,
    unique: postmortems.unique,
    uniqueBytes: postmortems.uniqueBytes,
    copies: postmortems.copies,
    folders: postmortems.folders,
  },
};

if (wants('throughput')) {
  log(`throughput (median of ${RUNS} runs for alex and remark, ${RUNS + 2} for the others; a fresh process per run)`);
  const sub = {
    ...subsample(general, ALEX_EVERY),
    name: 'general-sub',
    label: `general docs, every ${ALEX_EVERY === 2 ? 'other' : `${ALEX_EVERY}th`} file`,
  };
  results.throughput = [
    measureSet({ ...general, name: 'general', label: 'general docs, all files' }, ['floor', ...mine], RUNS + 2, log),
    // alex and remark are the slow ones: three runs; blameless-lint and the floor take five (a steadier median).
    measureSet(sub, ['floor', 'remark', 'alex', 'blameless'], { alex: RUNS, remark: RUNS, default: RUNS + 2 }, log),
    measureSet(
      { ...postmortems, name: 'postmortems', label: 'postmortems' },
      ['floor', 'remark', 'alex', ...mine],
      { alex: RUNS, remark: RUNS, default: RUNS + 2 },
      log,
    ),
  ];
}
if (wants('adversarial')) {
  log('adversarial inputs (blameless-lint; each input and its double)');
  results.adversarial = measureAdversarial(log);
}
if (wants('typing')) {
  log('typing into the shipped language server (blameless-lint-lsp --stdio)');
  results.typing = measureTyping(log, { quick });
}
if (wants('lsp')) {
  log('LSP keystroke latency, in-process');
  results.lsp = measureLspLatency(log);
}
if (wants('cold')) {
  log('CLI cold start');
  results.cold = measureColdStart(log);
}
if (wants('batch')) {
  log('batch CLI, 500 files');
  const unique = [...new Set(postmortems.files)];
  try {
    results.batch = measureBatch(unique, general.files, log);
  } catch (error) {
    results.batch = { error: String(error.message ?? error) };
    log(`  batch: FAILED ${results.batch.error}`);
  }
}
if (wants('libraries')) {
  log('libraries against our own code');
  results.libraries = await measureLibraries(log);
}
results.seconds = (performance.now() - started) / 1000;

mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
const report = renderReport(results);
process.stdout.write(`${report}\n`);
if (!only && !quick && !flags.has('--no-write')) {
  writeFileSync(join(root, 'BENCHMARKS.md'), report);
  log(`wrote BENCHMARKS.md (${results.seconds.toFixed(0)} s)`);
} else log(`done in ${results.seconds.toFixed(0)} s (BENCHMARKS.md not written: partial run)`);
