// Linear-time checks: each adversarial input and its double, linted by blameless-lint in a child process
// (a stack overflow kills only that child and is reported as a crash). Doubling the input may at most
// double the time; the ratio is reported and anything above LIMIT is flagged superlinear.
// Usage as a child: node bench/adversarial.mjs <input-name>  -> one JSON line { base, double, ... }
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median, runChild } from './stats.mjs';

/** Doubling the input may at most double the time; measurement noise on a shared 2-core box gets 25%. */
export const LIMIT = 2.5;

// Words of ordinary prose plus trigger words, so the candidate scan sends these blocks to the NLP parse
// (an input with no trigger would be skipped by the scan and prove nothing about the parser).
const WORDS = ('the deploy job failed to roll back because sam should have checked the careless config and '
  + 'blame fell on human error while the alert missed its window and we could have seen it').split(' ');

function words(bytes, sep = ' ') {
  const out = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const w = WORDS[i % WORDS.length];
    out.push(w);
    size += w.length + sep.length;
  }
  return out.join(sep);
}

/** Each generator takes a scale (1 = the input as specified, 2 = its double). */
export const INPUTS = {
  'no-punctuation-1MB': { label: '1 MB of words, no punctuation, no line break', make: (k) => words(k * 1024 * 1024) },
  'tiny-sentences-200k': {
    label: '200,000 tiny sentences in one paragraph',
    make: (k) => {
      const out = [];
      for (let i = 0; i < k * 200_000; i++) out.push(`${WORDS[i % WORDS.length]} ${WORDS[(i * 7 + 3) % WORDS.length]}.${i % 12 === 11 ? '\n' : ' '}`);
      return out.join('');
    },
  },
  'nested-lists-5000': {
    label: '5,000 levels of nested lists (x40)',
    make: (k) => Array.from({ length: 40 }, () => `${'- '.repeat(k * 5000)}sam should have blamed the careless deploy\n`).join('\n'),
  },
  'nested-quotes-5000': {
    label: '5,000 levels of nested block quotes (x40)',
    make: (k) => Array.from({ length: 40 }, () => `${'> '.repeat(k * 5000)}sam should have blamed the careless deploy\n`).join('\n'),
  },
  'indented-lists': {
    label: 'indented nested lists: 2,000 items, each 20 levels deep',
    make: (k) => {
      const lines = [];
      for (let i = 0; i < k * 2000; i++) for (let d = 0; d < 20; d++) lines.push(`${'  '.repeat(d)}- item ${i} the deploy failed and sam should have checked`);
      return lines.join('\n');
    },
  },
  'unclosed-fence-headings': {
    label: 'an unclosed code fence, then 50,000 sections (each part joined onto the open fence)',
    make: (k) => `# Incident\n\n\`\`\`\n${Array.from({ length: k * 50_000 }, (_, i) => `## Step ${i}\n\nsam should have checked the deploy ${i}\n`).join('\n')}`,
  },
  'reopened-fences': {
    label: 'code fences that close and reopen at once, across 20,000 sections',
    make: (k) => `\`\`\`\n\n${Array.from({ length: k * 20_000 }, (_, i) => `# step ${i}\n\nsam should have checked ${i}\n\`\`\`\n\`\`\`\n\n`).join('')}`,
  },
  'table-2MB': {
    label: 'a 2 MB table',
    make: (k) => {
      const rows = ['| time | who | what |', '| --- | --- | --- |'];
      let size = 0;
      for (let i = 0; size < k * 2 * 1024 * 1024; i++) {
        const row = `| 10:${String(i % 60).padStart(2, '0')} UTC | sam | the deploy failed because of human error and careless config ${i} |`;
        rows.push(row);
        size += row.length + 1;
      }
      return rows.join('\n');
    },
  },
};

async function child(name) {
  const root = join(import.meta.dirname, '..');
  const core = await import(pathToFileURL(join(root, 'packages/core/dist/index.js')).href);
  const { clearBlockCaches } = await import(pathToFileURL(join(root, 'packages/core/dist/engine/block-cache.js')).href);
  const config = core.resolveConfig([{ extends: 'recommended' }]);
  const input = INPUTS[name];
  const base = input.make(1);
  const double = input.make(2);
  const once = (text) => {
    clearBlockCaches(); // every run parses from scratch: the cache would turn the repeats into lookups
    const t = performance.now();
    const { diagnostics } = core.lint(text, { filePath: 'input.md', config, now: '2026-01-01' });
    const failed = diagnostics.filter((d) => /failed on this file/.test(d.message)).length;
    return { ms: performance.now() - t, findings: diagnostics.length, failed };
  };
  once(base); // warm-up: JIT and lazy module state, not part of either figure
  const a = [];
  const b = [];
  for (let i = 0; i < 3; i++) {
    a.push(once(base));
    b.push(once(double));
  }
  const ms = (xs) => median(xs.map((x) => x.ms));
  process.stdout.write(`${JSON.stringify({
    name, bytes: base.length, baseMs: ms(a), doubleMs: ms(b), findings: a[0].findings, ruleFailures: a[0].failed + b[0].failed,
  })}\n`);
}

/** Runs every input in its own child; returns one row per input. */
export function measureAdversarial(log, names = Object.keys(INPUTS)) {
  const self = fileURLToPath(import.meta.url);
  return names.map((name) => {
    const out = runChild([self, name], { timeout: 240_000 });
    const row = out.error
      ? { name, label: INPUTS[name].label, error: out.error }
      : { ...out, label: INPUTS[name].label, ratio: out.doubleMs / out.baseMs };
    log(`  ${name}: ${row.error ? `CRASHED ${row.error}` : `${row.baseMs.toFixed(0)} ms -> ${row.doubleMs.toFixed(0)} ms (x${row.ratio.toFixed(2)})`}`);
    return row;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await child(process.argv[2]);
