// Keystroke latency in a 20,000-word postmortem, in-process:
//   (1) core: `lint()` on the edited text, as the server calls it;
//   (2) server: the language server (packages/lsp/src, bundled here with core from source) on an in-memory
//       stream pair, debounce set to 0: from sending didChange to receiving publishDiagnostics for that version.
// Each edit inserts or deletes one character in the middle of the document (alternating, so the size holds).
// Usage as a child: node bench/lsp-latency.mjs -> one JSON line.
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { percentile, runChild } from './stats.mjs';

const root = join(import.meta.dirname, '..');
// A paragraph's worth of typing: with 70 measured edits the p95 was the 4th-slowest edit, which the JIT warming
// up in a fresh process decided; 380 edits measure the typing a user does after the server's first seconds.
const EDITS = 400;
const WARMUP = 20;

/** The example postmortems, repeated until the text holds 20,000 words: a long postmortem with real structure. */
export function bigPostmortem(words = 20_000) {
  const parts = [
    '01-clean-postmortem.md',
    '02-checkout-outage-blameful.md',
    '03-database-failover.md',
    '04-dns-misconfiguration.md',
  ].map((f) => readFileSync(join(root, 'examples', f), 'utf8'));
  let text = '';
  let count = 0;
  for (let i = 0; count < words; i++) {
    const part = i === 0 ? parts[0] : parts[i % parts.length].replace(/^# /m, '## ');
    text += `${part}\n`;
    count += part.match(/[\p{L}\p{N}]+/gu).length;
  }
  return { text, words: count };
}

/** Offset of a letter inside a prose line near the middle (not in a heading, code fence or comment). */
function middleOffset(text) {
  let at = text.indexOf('\n', text.length >> 1) + 1;
  for (;;) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end);
    if (/^[A-Z][a-z]+ [a-z]+ /.test(line)) return at + line.indexOf(' ') + 1;
    at = end + 1;
  }
}

function stats(xs, cpu) {
  const s = xs.slice(WARMUP);
  const c = cpu.slice(WARMUP);
  // CPU time (user + system of this process) next to wall time: on a shared machine the wall time also
  // holds the waits for a core, which the code cannot remove.
  return {
    p50: percentile(s, 50),
    p95: percentile(s, 95),
    max: Math.max(...s),
    n: s.length,
    warmup: WARMUP,
    cpuP50: percentile(c, 50),
    cpuP95: percentile(c, 95),
  };
}

const cpuMs = (since) => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
};

async function coreLatency(text, at, dist = join(root, 'packages/core/dist')) {
  const core = await import(pathToFileURL(join(dist, 'index.js')).href);
  const config = core.resolveConfig([{ extends: 'recommended' }]);
  const times = [];
  const cpu = [];
  let current = text;
  core.lint(current, { filePath: 'big.md', config, incremental: true });
  for (let i = 0; i < EDITS; i++) {
    current =
      i % 2 === 0 ? `${current.slice(0, at)}x${current.slice(at)}` : current.slice(0, at) + current.slice(at + 1);
    const c = process.cpuUsage();
    const t = performance.now();
    core.lint(current, { filePath: 'big.md', config, incremental: true });
    times.push(performance.now() - t);
    cpu.push(cpuMs(c));
  }
  return stats(times, cpu);
}

async function serverLatency(text, at) {
  const esbuild = await import('esbuild');
  const outfile = join(tmpdir(), `blameless-bench-lsp-${process.pid}.mjs`);
  await esbuild.build({
    stdin: {
      contents: `export { startServer } from './src/index.ts';
        export { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node.js';
        export { createProtocolConnection } from 'vscode-languageserver-protocol/node.js';`,
      resolveDir: join(root, 'packages', 'lsp'),
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
    mainFields: ['module', 'main'], // as the server's build
    alias: { '@blameless-lint/core': join(root, 'packages', 'core', 'src') }, // the folder: '/node' resolves too
    banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
  });
  const lsp = await import(pathToFileURL(outfile).href);
  rmSync(outfile, { force: true });
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  lsp.startServer(lsp.createConnection(new lsp.StreamMessageReader(toServer), new lsp.StreamMessageWriter(toClient)));
  const client = lsp.createProtocolConnection(
    new lsp.StreamMessageReader(toClient),
    new lsp.StreamMessageWriter(toServer),
  );
  const waiting = new Map();
  client.onNotification('textDocument/publishDiagnostics', (p) => {
    waiting.get(p.version)?.(p);
    waiting.delete(p.version);
  });
  client.onRequest('client/registerCapability', () => null);
  client.listen();
  const uri = pathToFileURL(join(tmpdir(), 'big-postmortem.md')).href;
  await client.sendRequest('initialize', {
    processId: null,
    rootUri: null,
    workspaceFolders: null,
    capabilities: { textDocument: { publishDiagnostics: { versionSupport: true }, synchronization: {} } },
    initializationOptions: { 'blameless-lint': { debounce: 0 } },
  });
  await client.sendNotification('initialized', {});
  const next = (version) => new Promise((resolve) => waiting.set(version, resolve));
  const opened = next(1);
  await client.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'markdown', version: 1, text },
  });
  const first = await opened;
  const pos = positionOf(text, at);
  const times = [];
  const cpu = [];
  for (let i = 0; i < EDITS; i++) {
    const version = i + 2;
    const change =
      i % 2 === 0
        ? { range: { start: pos, end: pos }, text: 'x' }
        : { range: { start: pos, end: { line: pos.line, character: pos.character + 1 } }, text: '' };
    const done = next(version);
    const c = process.cpuUsage();
    const t = performance.now();
    await client.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [change],
    });
    await done;
    times.push(performance.now() - t);
    cpu.push(cpuMs(c));
  }
  client.dispose();
  return { ...stats(times, cpu), diagnostics: first.diagnostics.length };
}

function positionOf(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

async function child() {
  const { text, words } = bigPostmortem();
  const at = middleOffset(text);
  const core = await coreLatency(text, at);
  // The `--baseline` build's core on the same edits, right after (bench/baseline.mjs).
  const base = process.env.BLAMELESS_BASELINE_DIST;
  const baseline = base ? await coreLatency(text, at, base) : undefined;
  let server;
  try {
    server = await serverLatency(text, at);
  } catch (error) {
    server = { error: String(error?.message ?? error).split('\n')[0] };
  }
  process.stdout.write(`${JSON.stringify({ words, bytes: text.length, core, baseline, server })}\n`);
  process.exit(0);
}

export function measureLspLatency(log) {
  const out = runChild([fileURLToPath(import.meta.url)], { cwd: root, timeout: 240_000 });
  if (out.error) log(`  lsp latency: FAILED ${out.error}`);
  else {
    const line = (r) =>
      `p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms (CPU p50 ${r.cpuP50.toFixed(1)}, p95 ${r.cpuP95.toFixed(1)})`;
    log(`  core lint: ${line(out.core)} (${out.words} words)`);
    if (out.baseline) log(`  baseline core lint: ${line(out.baseline)}`);
    log(out.server.error ? `  server: FAILED ${out.server.error}` : `  server: ${line(out.server)}`);
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await child();
