// Linear-time checks: each adversarial input and its double, linted by blameless-lint in a child process
// (a stack overflow kills only that child and is reported as a crash). Doubling the input may at most
// double the time; the ratio is reported and anything above LIMIT is flagged superlinear.
// Usage as a child: node bench/adversarial.mjs <input-name>  -> one JSON line { base, double, ... }
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median, runChild } from './stats.mjs';

/** Doubling the input may at most double the time; measurement noise on a shared 2-core box gets 25%. */
export const LIMIT = 2.5;

// Words of ordinary prose plus trigger words, so the candidate scan sends these blocks to the NLP parse
// (an input with no trigger would be skipped by the scan and prove nothing about the parser).
const WORDS = (
  'the deploy job failed to roll back because sam should have checked the careless config and ' +
  'blame fell on human error while the alert missed its window and we could have seen it'
).split(' ');

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
      for (let i = 0; i < k * 200_000; i++)
        out.push(`${WORDS[i % WORDS.length]} ${WORDS[(i * 7 + 3) % WORDS.length]}.${i % 12 === 11 ? '\n' : ' '}`);
      return out.join('');
    },
  },
  'nested-lists-5000': {
    label: '5,000 levels of nested lists (x40)',
    make: (k) =>
      Array.from({ length: 40 }, () => `${'- '.repeat(k * 5000)}sam should have blamed the careless deploy\n`).join(
        '\n',
      ),
  },
  'nested-quotes-5000': {
    label: '5,000 levels of nested block quotes (x40)',
    make: (k) =>
      Array.from({ length: 40 }, () => `${'> '.repeat(k * 5000)}sam should have blamed the careless deploy\n`).join(
        '\n',
      ),
  },
  'indented-lists': {
    label: 'indented nested lists: 2,000 items, each 20 levels deep',
    make: (k) => {
      const lines = [];
      for (let i = 0; i < k * 2000; i++)
        for (let d = 0; d < 20; d++)
          lines.push(`${'  '.repeat(d)}- item ${i} the deploy failed and sam should have checked`);
      return lines.join('\n');
    },
  },
  'unclosed-fence-headings': {
    label: 'an unclosed code fence, then 50,000 sections (each part joined onto the open fence)',
    make: (k) =>
      `# Incident\n\n\`\`\`\n${Array.from({ length: k * 50_000 }, (_, i) => `## Step ${i}\n\nsam should have checked the deploy ${i}\n`).join('\n')}`,
  },
  'reopened-fences': {
    label: 'code fences that close and reopen at once, across 20,000 sections',
    make: (k) =>
      `\`\`\`\n\n${Array.from({ length: k * 20_000 }, (_, i) => `# step ${i}\n\nsam should have checked ${i}\n\`\`\`\n\`\`\`\n\n`).join('')}`,
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
  'front-matter-keys-50k': {
    label: 'front matter with 50,000 keys',
    make: (k) =>
      `---\ntype: postmortem\n${Array.from({ length: k * 50_000 }, (_, i) => `key${i}: value ${i}`).join('\n')}\n---\n# Incident\n\nsam should have checked\n`,
  },
  'headings-100k': {
    label: '100,000 headings, each with a line of prose',
    make: (k) => Array.from({ length: k * 100_000 }, (_, i) => `## Step ${i}\n\nthe deploy ${i} failed\n`).join('\n'),
  },
  'suppressions-32k': {
    label: '32,000 suppression comments, each before a finding',
    make: (k) =>
      Array.from(
        { length: k * 32_000 },
        (_, i) => `<!-- blameless-disable-next-line counterfactual -->\nSam should have checked deploy ${i}.\n`,
      ).join('\n'),
  },
  'concatenated-postmortems-5MB': {
    label: 'the example postmortems concatenated to 5 MB',
    make: (k) => {
      const root = join(import.meta.dirname, '..', 'examples');
      const one = ['02-checkout-outage-blameful.md', '03-database-failover.md', '04-dns-misconfiguration.md']
        .map((f) => readFileSync(join(root, f), 'utf8'))
        .join('\n');
      return one.repeat(Math.ceil((k * 5 * 1024 * 1024) / one.length));
    },
  },
  'lsp-document-10MB': {
    label:
      'the example postmortems concatenated to 10 MB, opened in the shipped language server (didOpen to first diagnostics, over stdio)',
    make: (k) => INPUTS['concatenated-postmortems-5MB'].make(2 * k),
    lsp: true,
  },
  'people-100k': {
    label: 'a config people list of 100,000 names, on one postmortem',
    make: () => readFileSync(join(import.meta.dirname, '..', 'examples', '02-checkout-outage-blameful.md'), 'utf8'),
    config: (k) => ({ people: Array.from({ length: k * 100_000 }, (_, i) => `Person${i} Surname${i}`) }),
  },
};

/** Time from didOpen to the first diagnostics in the built server (packages/lsp/dist/bin.js --stdio). */
async function openInServer(text) {
  const { startServer } = await import('./typing.mjs');
  const server = await startServer();
  try {
    const ms = await server.open(text);
    return { ms, findings: server.publishes.at(-1)?.count ?? 0, failed: 0 };
  } finally {
    await server.stop();
  }
}

async function child(name) {
  const root = join(import.meta.dirname, '..');
  if (INPUTS[name].lsp) {
    const base = INPUTS[name].make(1);
    const double = INPUTS[name].make(2);
    await openInServer(base.slice(0, 200_000)); // warm-up: the machine's caches, not part of either figure
    const a = [await openInServer(base), await openInServer(base)];
    const b = [await openInServer(double), await openInServer(double)];
    const ms = (xs) => median(xs.map((x) => x.ms));
    process.stdout.write(
      `${JSON.stringify({ name, bytes: base.length, baseMs: ms(a), doubleMs: ms(b), findings: a[0].findings, ruleFailures: 0 })}\n`,
    );
    return;
  }
  const core = await import(pathToFileURL(join(root, 'packages/core/dist/index.js')).href);
  const { clearBlockCaches } = await import(pathToFileURL(join(root, 'packages/core/dist/engine/block-cache.js')).href);
  const input = INPUTS[name];
  const base = input.make(1);
  const double = input.make(2);
  // A config that scales (a people list) is part of the input: a user config, resolved inside lint() as usual.
  const fixed = core.resolveConfig([{ extends: 'recommended' }]);
  const configA = input.config ? { extends: 'recommended', ...input.config(1) } : fixed;
  const configB = input.config ? { extends: 'recommended', ...input.config(2) } : fixed;
  const once = (text, config) => {
    clearBlockCaches(); // every run parses from scratch: the cache would turn the repeats into lookups
    const t = performance.now();
    const { diagnostics } = core.lint(text, {
      filePath: 'input.md',
      config: input.config ? { ...config } : config,
      now: '2026-01-01',
    });
    const failed = diagnostics.filter((d) => /failed on this file/.test(d.message)).length;
    return { ms: performance.now() - t, findings: diagnostics.length, failed };
  };
  once(base, configA); // warm-up: JIT and lazy module state, not part of either figure
  const a = [];
  const b = [];
  for (let i = 0; i < 3; i++) {
    a.push(once(base, configA));
    b.push(once(double, configB));
  }
  const ms = (xs) => median(xs.map((x) => x.ms));
  process.stdout.write(
    `${JSON.stringify({
      name,
      bytes: base.length,
      baseMs: ms(a),
      doubleMs: ms(b),
      findings: a[0].findings,
      ruleFailures: a[0].failed + b[0].failed,
    })}\n`,
  );
}

/** Runs every input in its own child; returns one row per input. */
export function measureAdversarial(log, names = Object.keys(INPUTS)) {
  const self = fileURLToPath(import.meta.url);
  return names.map((name) => {
    const out = runChild([self, name], { timeout: 240_000 });
    const row = out.error
      ? { name, label: INPUTS[name].label, error: out.error }
      : { ...out, label: INPUTS[name].label, ratio: out.doubleMs / out.baseMs };
    log(
      `  ${name}: ${row.error ? `CRASHED ${row.error}` : `${row.baseMs.toFixed(0)} ms -> ${row.doubleMs.toFixed(0)} ms (x${row.ratio.toFixed(2)})`}`,
    );
    return row;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await child(process.argv[2]);
