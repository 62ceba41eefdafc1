// BENCHMARKS.md from the figures of one run: the machine, the command, each section, and the targets.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, cpus, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { LIMIT } from './adversarial.mjs';
import { LANGUAGE_RULES } from './contenders.mjs';
import { mb, ms, ratio, table, thousands } from './stats.mjs';
import { typingSection, typingTargets } from './typing-report.mjs';

const root = join(import.meta.dirname, '..');

export function machine() {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {}
  return {
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    memGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    os: `${process.platform} ${release()}`,
    commit,
  };
}

const NAMES = {
  floor: 'floor (read + 1 regex)',
  remark: 'remark-parse + mdast-util-to-nlcst',
  alex: 'alex `markdown()`',
  blameless: 'blameless-lint (recommended)',
  baseline: 'blameless-lint at the baseline commit',
  language: 'blameless-lint, the four language rules only',
  baselineLanguage: 'the same four rules at the baseline commit',
};

function throughputTable(set) {
  const alex = set.results.alex;
  const rows = Object.entries(set.results).map(([name, r]) => {
    if (r.error) return [NAMES[name], 'crashed', '', '', '', '', r.error.slice(0, 80)];
    const vsAlex = alex && !alex.error ? ratio(r.wordsPerS / alex.wordsPerS) : '';
    return [
      NAMES[name],
      `${(r.ms / 1000).toFixed(2)} s`,
      r.mbPerS.toFixed(2),
      thousands(r.wordsPerS),
      `${(r.rss / 1048576).toFixed(0)} MB`,
      vsAlex,
      `${r.findings} findings; runs ${r.times.join(', ')} ms`,
    ];
  });
  return (
    `**${set.label}**: ${set.count} files, ${mb(set.bytes)} MB, ${thousands(set.words)} words\n\n` +
    table(['contender', 'median time', 'MB/s', 'words/s', 'peak RSS', '× alex', 'notes'], rows)
  );
}

/** Each target with its measured figure and whether it is met. */
function targets(r) {
  const out = [];
  const set = (name) => r.throughput?.find((s) => s.name === name);
  const vsAlex = (name) => {
    const s = set(name);
    const b = s?.results.blameless;
    const a = s?.results.alex;
    return b && a && !b.error && !a.error ? b.wordsPerS / a.wordsPerS : undefined;
  };
  const row = (target, value, met, how) =>
    out.push([target, value, met === undefined ? 'not measured' : met ? 'met' : '**not met**', how]);
  const g = vsAlex('general-sub');
  row(
    'General docs ≥ 10× alex throughput',
    g === undefined ? '–' : ratio(g),
    g === undefined ? undefined : g >= 10,
    'words/s, same subsample',
  );
  const p = vsAlex('postmortems');
  row(
    'Postmortems ≥ 3× alex throughput',
    p === undefined ? '–' : ratio(p),
    p === undefined ? undefined : p >= 3,
    'words/s, every rule on',
  );
  const sub = set('general-sub')?.results;
  const memOk = sub?.blameless?.rss && sub?.alex?.rss ? sub.blameless.rss < sub.alex.rss : undefined;
  row(
    'Peak RSS on general docs below alex',
    memOk === undefined
      ? '–'
      : `${(sub.blameless.rss / 1048576).toFixed(0)} MB vs ${(sub.alex.rss / 1048576).toFixed(0)} MB`,
    memOk,
    'same subsample; blameless on all files: ' +
      (set('general')?.results.blameless?.rss
        ? `${(set('general').results.blameless.rss / 1048576).toFixed(0)} MB`
        : '–'),
  );
  typingTargets(r.typing, row);
  const lsp = r.lsp && !r.lsp.error ? (r.lsp.server && !r.lsp.server.error ? r.lsp.server : r.lsp.core) : undefined;
  row(
    'LSP keystroke p95 < 20 ms (20,000 words), in-process',
    lsp ? `${ms(lsp.p95)} ms` : '–',
    lsp ? lsp.p95 < 20 : undefined,
    r.lsp?.server && !r.lsp.server.error
      ? 'language server in-process (not the shipped binary), one character inserted and deleted, change → publishDiagnostics'
      : 'core `lint` only',
  );
  const cold = r.cold?.rows?.find((x) => x.name.startsWith('blameless'));
  row(
    'CLI cold start < 2× `node -e 0`',
    cold ? ratio(cold.ratio) : '–',
    cold ? cold.ratio < 2 : undefined,
    cold ? `${ms(cold.ms)} ms` : '',
  );
  const b = r.batch && !r.batch.skipped && !r.batch.error ? r.batch : undefined;
  row(
    'Batch `--jobs 2` ≥ 1.6× `--jobs 1` (500 files)',
    b ? ratio(b.jobsRatio) : '–',
    b ? b.jobsRatio >= 1.6 : undefined,
    b ? `${ms(b.jobs1)} → ${ms(b.jobs2)} ms` : (r.batch?.skipped ?? r.batch?.error ?? ''),
  );
  row(
    'Batch `--cache` re-run ≥ 10× cold',
    b ? ratio(b.cacheRatio) : '–',
    b ? b.cacheRatio >= 10 : undefined,
    b ? `${ms(b.cold)} → ${ms(b.cached)} ms` : '',
  );
  if (r.baseline) {
    // What the working tree adds over the baseline commit, per 1,000 words, on each corpus: the language rules
    // alone (the budget of the language-rules issue), and the whole preset, which also holds the rules added since.
    const added = (name, mine, theirs) => {
      const s = set(name);
      const now = s?.results[mine],
        then = s?.results[theirs];
      return now && then && !now.error && !then.error ? (now.ms - then.ms) / (s.words / 1000) : undefined;
    };
    const fmt = (x) => (x === undefined ? '–' : `${x >= 0 ? '+' : ''}${x.toFixed(2)} ms`);
    const budget = (what, mine, theirs, how) => {
      const pm = added('postmortems', mine, theirs),
        gen = added('general', mine, theirs);
      const worst = [pm, gen].filter((x) => x !== undefined).reduce((m, x) => Math.max(m, x), -Infinity);
      row(
        `≤ 2 ms added per 1,000 words vs ${r.baseline.ref} (${r.baseline.sha}), ${what}`,
        `postmortems ${fmt(pm)}, general ${fmt(gen)}`,
        worst === -Infinity ? undefined : worst <= 2,
        how,
      );
    };
    budget(
      'the language rules',
      'language',
      'baselineLanguage',
      `${LANGUAGE_RULES.join(', ')} alone at both commits; median times, same run, interleaved`,
    );
    budget(
      'the whole recommended preset',
      'blameless',
      'baseline',
      'includes the rules added to the preset since the baseline; median times, same run, interleaved',
    );
    const then = r.lsp?.baseline;
    row(
      `Keystroke p95 holds vs ${r.baseline.sha}`,
      then && lsp ? `${ms(r.lsp.core.p95)} ms vs ${ms(then.p95)} ms (core)` : '–',
      then && lsp ? r.lsp.core.p95 <= then.p95 * 1.2 + 1 : undefined,
      'core `lint()` on the same edits, same process; within 20% + 1 ms',
    );
  }
  const adv = r.adversarial;
  const worst = adv?.filter((a) => !a.error).reduce((m, a) => Math.max(m, a.ratio), 0);
  const crashed = adv?.filter((a) => a.error || a.ruleFailures).length ?? 0;
  row(
    `Linear time: doubling ≤ ${LIMIT}× time, no crash`,
    adv ? `worst ${ratio(worst)}, ${crashed} crashed` : '–',
    adv ? worst <= LIMIT && crashed === 0 : undefined,
    'see adversarial table',
  );
  return table(['target', 'measured', 'status', 'how'], out);
}

export function renderReport(r) {
  const m = r.machine;
  const parts = [];
  parts.push(
    '# Benchmarks',
    '',
    '<!-- Generated by `npm run bench`; edit bench/notes.md or bench/report.mjs, not this file. -->',
    '',
  );
  parts.push(`Command: \`${r.command}\` (full run took ${r.seconds.toFixed(0)} s)  `);
  parts.push(
    `Machine: ${m.nproc} cores (${m.cpu}), ${m.memGiB} GiB, Node ${m.node}, ${m.os}; commit ${m.commit}; ${r.date.slice(0, 16).replace('T', ' ')} UTC`,
    '',
  );
  parts.push('## Targets', '', targets(r), '');
  if (r.throughput) {
    const c = r.corpora;
    parts.push('## Throughput', '');
    parts.push(
      `General docs: the Markdown files inside node_modules, sorted by path, taken up to 9 MB: ${c.general.count} files, ${mb(c.general.bytes)} MB. ` +
        `Postmortems: ${c.postmortems.unique} files (${(c.postmortems.uniqueBytes / 1024).toFixed(0)} KB) from ${c.postmortems.folders.join(', ')}, ` +
        `repeated ${c.postmortems.copies}× to ${mb(c.postmortems.bytes)} MB. Each run is a fresh process; the time covers reading and processing ` +
        'every file (module loading excluded; see cold start). Median of the runs; peak RSS is the largest of them. "× alex" compares words/s on the same files.',
      '',
    );
    for (const set of r.throughput) parts.push(throughputTable(set), '');
  }
  if (r.adversarial) {
    parts.push('## Linear time (adversarial inputs)', '');
    parts.push(
      `blameless-lint on each input and on its double, in a child process (median of 3 after a warm-up). Flagged above ${LIMIT}×.`,
      '',
    );
    parts.push(
      table(
        ['input', 'size', 'time', 'double', 'ratio', 'result'],
        r.adversarial.map((a) =>
          a.error
            ? [a.label, '', '', '', '', `**crashed**: ${a.error.slice(0, 100)}`]
            : [
                a.label,
                `${mb(a.bytes)} MB`,
                `${ms(a.baseMs)} ms`,
                `${ms(a.doubleMs)} ms`,
                ratio(a.ratio),
                a.ruleFailures
                  ? `**${a.ruleFailures} rule failures**`
                  : a.ratio <= LIMIT
                    ? 'linear'
                    : '**superlinear**',
              ],
        ),
      ),
      '',
    );
  }
  if (r.typing) parts.push(...typingSection(r.typing));
  if (r.lsp) {
    parts.push('## LSP keystroke latency, in-process', '');
    if (r.lsp.error) parts.push(`Failed: ${r.lsp.error}`, '');
    else {
      parts.push(
        `A ${thousands(r.lsp.words)}-word postmortem (the example postmortems repeated; ${(r.lsp.bytes / 1024).toFixed(0)} KB), one character inserted or deleted in the middle, ${r.lsp.core.n} edits after ${r.lsp.core.warmup ?? 10} warm-up edits.`,
        '',
      );
      const cells = (x) => [ms(x.p50), ms(x.p95), ms(x.max), ms(x.cpuP50), ms(x.cpuP95)];
      const rows = [['core `lint()` on the edited text', ...cells(r.lsp.core)]];
      if (r.lsp.baseline)
        rows.push([`core \`lint()\` at the baseline commit (${r.baseline?.sha ?? ''})`, ...cells(r.lsp.baseline)]);
      rows.push(
        r.lsp.server.error
          ? ['language server', 'failed', r.lsp.server.error, '', '', '']
          : ['language server in-process: didChange → publishDiagnostics (debounce 0)', ...cells(r.lsp.server)],
      );
      parts.push(table(['path', 'p50 ms', 'p95 ms', 'max ms', 'CPU p50 ms', 'CPU p95 ms'], rows), '');
      parts.push(
        'Wall time is what a user waits; CPU time (this process, user + system) leaves out the waits for a core that other work on the shared machine causes.',
        '',
      );
    }
  }
  if (r.libraries) {
    parts.push(
      '## Libraries measured against our own code',
      '',
      'The same workload through both, in one process, interleaved, median of five (bench/libraries.mjs).',
      '',
    );
    parts.push(
      table(
        ['job', 'ours', 'library', 'ours ms', 'library ms', 'library ÷ ours'],
        r.libraries.map((x) => [
          x.job,
          x.ours,
          x.library,
          ms(x.oursMs),
          ms(x.libraryMs),
          ratio(x.libraryMs / x.oursMs),
        ]),
      ),
      '',
    );
  }
  if (r.cold) {
    parts.push(
      '## CLI cold start',
      '',
      `A one-line file, ${r.cold.runs} runs after 3 warm-ups, median wall time (${r.cold.tool}).`,
      '',
    );
    parts.push(
      table(
        ['command', 'median', '× `node -e 0`'],
        r.cold.rows.map((x) => [x.name, `${ms(x.ms)} ms`, ratio(x.ratio)]),
      ),
      '',
    );
  }
  if (r.batch) {
    parts.push('## Batch CLI', '');
    if (r.batch.skipped || r.batch.error) parts.push(`Not measured: ${r.batch.skipped ?? r.batch.error}`, '');
    else {
      parts.push(
        `${r.batch.files} postmortem files (${mb(r.batch.bytes)} MB), whole CLI process, \`--format json\` to /dev/null, median of ${r.batch.runs}.`,
        '',
      );
      parts.push(
        table(
          ['run', 'median', 'ratio'],
          [
            ['`--jobs 1`', `${ms(r.batch.jobs1)} ms`, ''],
            ['`--jobs 2`', `${ms(r.batch.jobs2)} ms`, `${ratio(r.batch.jobsRatio)} faster`],
            ['`--cache`, empty cache (default jobs)', `${ms(r.batch.cold)} ms`, ''],
            ['`--cache`, re-run, nothing changed', `${ms(r.batch.cached)} ms`, `${ratio(r.batch.cacheRatio)} faster`],
          ],
        ),
        '',
      );
      const d = r.batch.distinct;
      if (d) {
        parts.push(
          `The same with 500 distinct general-docs files (${mb(d.bytes)} MB; no file repeats another, so no per-block cache hit favours one thread), and again with V8's optimizing compiler off (\`node --no-opt\`), the control for where the parallel run loses:`,
          '',
        );
        parts.push(
          table(
            ['run', '`--jobs 1`', '`--jobs 2`', 'ratio'],
            [
              ['500 distinct files', `${ms(d.one)} ms`, `${ms(d.two)} ms`, `${ratio(d.jobsRatio)} faster`],
              [
                '500 distinct files, `node --no-opt`',
                `${ms(d.oneNoOpt)} ms`,
                `${ms(d.twoNoOpt)} ms`,
                `${ratio(d.noOptRatio)} faster`,
              ],
            ],
          ),
          '',
        );
      }
    }
  }
  const notes = join(root, 'bench', 'notes.md');
  if (existsSync(notes)) parts.push(readFileSync(notes, 'utf8').trim(), '');
  return parts.join('\n');
}
