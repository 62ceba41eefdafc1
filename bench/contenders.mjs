// One contender over one list of files, in its own process so its peak RSS is its own.
// Usage: node bench/contenders.mjs <contender> <list.json>   (list.json: an array of file paths)
// Prints one JSON line: { ms, rss, files, bytes, findings }. `ms` covers reading and processing every file
// (module loading and setup are excluded: they are the cold-start figure, measured on their own).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PHRASES } from './phrases.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Each contender: async setup -> (text, path) => number of findings (so no work can be optimised away). */
export const CONTENDERS = {
  // The floor: read the file and run one combined regular expression of 100 phrases over it.
  async floor() {
    const re = new RegExp(`\\b(?:${PHRASES.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'gi');
    return (text) => {
      let n = 0;
      re.lastIndex = 0;
      while (re.exec(text)) n++;
      return n;
    };
  },
  // What every unified-based prose linter pays before its first rule: Markdown -> mdast -> nlcst.
  async remark() {
    const { unified } = await import('unified');
    const { default: remarkParse } = await import('remark-parse');
    const { toNlcst } = await import('mdast-util-to-nlcst');
    const { ParseEnglish } = await import('parse-english');
    const { VFile } = await import('vfile');
    const processor = unified().use(remarkParse);
    return (text) => {
      const file = new VFile(text);
      const tree = toNlcst(processor.parse(file), file, ParseEnglish);
      return tree.children.length;
    };
  },
  async alex() {
    const alex = await import('alex');
    return (text, path) => (path.endsWith('.txt') ? alex.text(text) : alex.markdown(text)).messages.length;
  },
  // blameless-lint, recommended preset, through the built package (what users run: a one-off lint per file).
  // The block cache is emptied before each file: the postmortem corpus repeats its files to reach 2 MB, and
  // a copy must cost what the first did (the cache is for edits of one document, measured under "LSP"; a
  // one-off lint keeps nothing since 2026-12-02, but the baseline commit kept every block).
  async blameless(dist = join(root, 'packages/core/dist'), only = undefined) {
    const core = await import(pathToFileURL(join(dist, 'index.js')).href);
    const { clearBlockCaches } = await import(pathToFileURL(join(dist, 'engine/block-cache.js')).href);
    const off = only ? core.rules.filter((r) => !only.includes(r.id)).map((r) => [r.id, 'off']) : [];
    const config = core.resolveConfig([{ extends: 'recommended', rules: Object.fromEntries(off) }]);
    return (text, path) => {
      clearBlockCaches();
      return core.lint(text, { filePath: path, config, now: '2026-01-01' }).diagnostics.length;
    };
  },
  // The same, built from the commit named by `--baseline` (bench/baseline.mjs).
  async baseline() {
    return CONTENDERS.blameless(baselineDist());
  },
  // The language rules alone (every other rule off), here and at the baseline commit: what the language rules
  // themselves add, apart from the rules other work has added to the preset since.
  async language() {
    return CONTENDERS.blameless(undefined, LANGUAGE_RULES);
  },
  async baselineLanguage() {
    return CONTENDERS.blameless(baselineDist(), LANGUAGE_RULES);
  },
};

/** The language family of the real-corpus evaluation (../shared/corpus/GOLD.md). */
export const LANGUAGE_RULES = ['names-as-root-cause', 'judgmental-language', 'counterfactual', 'human-error'];

function baselineDist() {
  if (!process.env.BLAMELESS_BASELINE_DIST) throw new Error('BLAMELESS_BASELINE_DIST is not set');
  return process.env.BLAMELESS_BASELINE_DIST;
}

async function main() {
  const [name, listFile] = process.argv.slice(2);
  const setup = CONTENDERS[name];
  if (!setup) throw new Error(`unknown contender ${name}`);
  const files = JSON.parse(readFileSync(listFile, 'utf8'));
  const run = await setup();
  let bytes = 0;
  let findings = 0;
  const t0 = performance.now();
  for (const path of files) {
    const text = readFileSync(path, 'utf8');
    bytes += text.length;
    findings += run(text, path);
  }
  const ms = performance.now() - t0;
  // maxRSS is in kilobytes on Linux.
  process.stdout.write(
    `${JSON.stringify({ ms, rss: process.resourceUsage().maxRSS * 1024, files: files.length, bytes, findings })}\n`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
