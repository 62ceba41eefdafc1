// What ships, measured as a person types: the built server (`blameless-lint-lsp --stdio`, its launcher, default
// settings, lint in its worker thread) driven over JSON-RPC while new words are typed character by character
// into the middle of the 20,000- and 40,000-word postmortems (bench/lsp-latency.mjs `bigPostmortem`).
//   - open: first diagnostics after didOpen (median of 5 fresh servers);
//   - typing at 120, 200, 250, 300 and 400 ms per key (default debounce): publishes per second while typing,
//     and how long after the last key the diagnostics of the final text arrive;
//   - keystroke latency (debounce 0): didChange -> publishDiagnostics of that version, p50/p95, each key sent
//     when the previous one was published; at 20,000 words 2,000 such edits, then the server's RSS.
// Usage: node bench/typing.mjs [--quick] -> one JSON line (and progress on stderr). `npm run bench -- --only=typing`.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node.js';
import { bigPostmortem } from './lsp-latency.mjs';
import { percentile, runChild } from './stats.mjs';

const root = join(import.meta.dirname, '..');
const BIN = join(root, 'packages', 'lsp', 'bin', 'blameless-lint-lsp.mjs');
export const CADENCES = [120, 200, 250, 300, 400];
/** Fresh servers opened per document for the first-diagnostics figure (their median). */
const OPEN_SAMPLES = 5;
/** Typing per cadence (ms; at least 25 keys): the issue's observations were 6-10 s. */
const TYPING_MS = 6000;
// New words (zorvex, quillan, frobnitz are in no example, so each is a word the document has not seen), after a
// hindsight phrase that must get its squiggle while typing goes on (it is typed within the first 21 keys).
const SENTENCE =
  'Sam should have paged the zorvex relay before quillan retried, and the frobnitz queue filled up again. ';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Offsets at the start of a prose line's second word, spread over the middle of the document. */
function typingSpots(text, count) {
  const spots = [];
  for (let k = 0; spots.length < count; k++) {
    let at = text.indexOf('\n', Math.floor(text.length * (0.3 + 0.4 * (k / (count + 2))))) + 1;
    for (;;) {
      const end = text.indexOf('\n', at);
      const line = text.slice(at, end);
      if (/^[A-Z][a-z]+ [a-z]+ /.test(line)) {
        spots.push(at + line.indexOf(' ') + 1);
        break;
      }
      at = end + 1;
    }
  }
  return spots;
}

function positionOf(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** The shipped server in a child process, with a client connection that timestamps every publish. */
export async function startServer(settings) {
  const child = spawn(process.execPath, [BIN, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const client = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const publishes = [];
  const waiting = new Map();
  client.onNotification('textDocument/publishDiagnostics', (p) => {
    const at = performance.now();
    publishes.push({ at, version: p.version, count: p.diagnostics.length, diagnostics: p.diagnostics });
    for (const [version, resolve] of waiting) if (p.version >= version) waiting.delete(version), resolve({ at, p });
  });
  client.onRequest('client/registerCapability', () => null);
  client.onRequest('workspace/configuration', (params) => params.items.map(() => settings ?? null));
  client.listen();
  const uri = pathToFileURL(join(tmpdir(), 'typing-postmortem.md')).href;
  await client.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: null,
    capabilities: { textDocument: { publishDiagnostics: { versionSupport: true }, synchronization: {} } },
    initializationOptions: settings ? { 'blameless-lint': settings } : undefined,
  });
  await client.sendNotification('initialized', {});
  let version = 1;
  let text = '';
  return {
    publishes,
    /** Resolves with the first publish of `version` or later. */
    published: (v) => new Promise((resolve) => waiting.set(v, resolve)),
    async open(content) {
      text = content;
      const sent = performance.now();
      const first = this.published(1);
      await client.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'markdown', version: 1, text },
      });
      return (await first).at - sent;
    },
    /** Types one character at `offset`; returns the version and when it was sent. */
    async type(offset, ch) {
      version++;
      const pos = positionOf(text, offset);
      text = text.slice(0, offset) + ch + text.slice(offset);
      const sent = performance.now();
      await client.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: pos, end: pos }, text: ch }],
      });
      return { version, sent };
    },
    get text() {
      return text;
    },
    rssMb() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
    },
    async stop() {
      try {
        await Promise.race([client.sendRequest('shutdown'), sleep(2000)]);
        await client.sendNotification('exit');
      } catch {}
      client.dispose();
      child.kill();
    },
  };
}

/** Typing at `cadence` ms per key at `offset`: publishes per second meanwhile, and the final diagnostics' delay. */
async function typeAt(server, offset, cadence) {
  // At least 25 keys, so the hindsight phrase is typed whole at every cadence.
  const keys = Math.min(SENTENCE.length, Math.max(25, Math.ceil(TYPING_MS / cadence)));
  const from = server.publishes.length;
  const started = performance.now();
  let last;
  for (let i = 0; i < keys; i++) {
    // Keys on a fixed clock (key i at i × cadence), as a typist's do, whatever the server is doing.
    await sleep(started + i * cadence - performance.now());
    last = await server.type(offset + i, SENTENCE[i]);
  }
  const typingEnded = last.sent;
  const final = await server.published(last.version);
  const during = server.publishes.slice(from).filter((p) => p.at <= typingEnded);
  const seconds = (typingEnded - started) / 1000;
  // A squiggle under a word typed mid-document while typing went on (the hindsight phrase, once typed).
  const typedStart = positionOf(server.text, offset);
  const inTyped = (d) =>
    d.range.start.line === typedStart.line &&
    d.range.start.character >= typedStart.character &&
    d.range.end.character <= typedStart.character + keys;
  const squiggleWhileTyping = during.some((p) => p.diagnostics.some((d) => d.code === 'counterfactual' && inTyped(d)));
  return {
    cadence,
    keys,
    seconds,
    publishes: during.length,
    perSecond: during.length / seconds,
    finalMs: final.at - typingEnded,
    squiggleWhileTyping,
  };
}

/** Keystroke latency: each key sent once the previous one is published (debounce 0). */
async function keystrokeLatency(text, edits, log) {
  const server = await startServer({ debounce: 0 });
  await server.open(text);
  // After the first (cold) lint: what the edits add to it is what a long session costs.
  const rssAfterOpen = server.rssMb();
  const spots = typingSpots(text, Math.ceil(edits / SENTENCE.length) + 1);
  const times = [];
  for (let i = 0; i < edits; i++) {
    const s = Math.floor(i / SENTENCE.length);
    // Later spots move by what was typed before them (they are further down the document).
    const offset = spots[s] + (i % SENTENCE.length) + typedBefore(spots, s);
    const { version, sent } = await server.type(offset, SENTENCE[i % SENTENCE.length]);
    const { at } = await server.published(version);
    times.push(at - sent);
    if (i % 500 === 499) log(`    ${i + 1} edits, p50 so far ${percentile(times, 50).toFixed(1)} ms`);
  }
  const rss = server.rssMb();
  await server.stop();
  const warm = times.slice(20);
  return {
    edits,
    p50: percentile(warm, 50),
    p95: percentile(warm, 95),
    max: Math.max(...warm),
    rssMb: rss,
    rssAfterOpenMb: rssAfterOpen,
  };

  function typedBefore(all, s) {
    // Spots are in document order and each earlier spot received a whole sentence.
    return all.slice(0, s).filter((x) => x < all[s]).length * SENTENCE.length;
  }
}

async function measureDocument(words, { quick, log }) {
  const { text, words: count } = bigPostmortem(words);
  log(`  ${count} words`);
  // First diagnostics: a fresh server each time (one sample swung from 350 to 620 ms with the machine's load).
  const firstSamples = [];
  for (let i = 0; i < (quick ? 1 : OPEN_SAMPLES); i++) {
    const fresh = await startServer();
    firstSamples.push(await fresh.open(text));
    await fresh.stop();
  }
  const firstMs = percentile(firstSamples, 50);
  log(
    `    first diagnostics after didOpen: median ${firstMs.toFixed(0)} ms (${firstSamples.map((x) => x.toFixed(0)).join(', ')})`,
  );
  const server = await startServer();
  await server.open(text);
  const spots = typingSpots(text, CADENCES.length);
  const typing = [];
  let typed = 0;
  for (const [k, cadence] of CADENCES.entries()) {
    await sleep(500);
    // Spots are spread in document order: each earlier run added its keys before this spot.
    const r = await typeAt(server, spots[k] + typed, cadence);
    typed += r.keys;
    log(
      `    ${cadence} ms/key: ${r.publishes} publishes in ${r.seconds.toFixed(1)} s (${r.perSecond.toFixed(1)}/s), final diagnostics ${r.finalMs.toFixed(0)} ms after the last key${r.squiggleWhileTyping ? ', squiggle on the typed words while typing' : ''}`,
    );
    typing.push(r);
  }
  await server.stop();
  const latency = await keystrokeLatency(text, quick ? 200 : words <= 20_000 ? 2000 : 400, log);
  log(
    `    didChange -> publish (debounce 0, ${latency.edits} edits): p50 ${latency.p50.toFixed(1)} ms, p95 ${latency.p95.toFixed(1)} ms; server RSS ${latency.rssAfterOpenMb.toFixed(0)} MB after open, ${latency.rssMb.toFixed(0)} MB after the edits`,
  );
  return { words: count, bytes: text.length, firstMs, firstSamples, typing, latency };
}

async function child() {
  const quick = process.argv.includes('--quick');
  const log = (line) => process.stderr.write(`${line}\n`);
  const documents = [];
  for (const words of [20_000, 40_000]) documents.push(await measureDocument(words, { quick, log }));
  process.stdout.write(`${JSON.stringify({ bin: 'blameless-lint-lsp --stdio', documents })}\n`);
  process.exit(0);
}

/** For bench/run.mjs: runs the measurement in a child process (its own heap and event loop). */
export function measureTyping(log, { quick = false } = {}) {
  const out = runChild([fileURLToPath(import.meta.url), ...(quick ? ['--quick'] : [])], {
    cwd: root,
    timeout: 900_000,
  });
  if (out.error) log(`  typing: FAILED ${out.error}`);
  else
    for (const d of out.documents)
      log(
        `  ${d.words} words: open ${d.firstMs.toFixed(0)} ms; ${d.typing.map((t) => `${t.cadence} ms/key ${t.perSecond.toFixed(1)}/s final ${t.finalMs.toFixed(0)} ms`).join('; ')}; keystroke p95 ${d.latency.p95.toFixed(1)} ms; RSS ${d.latency.rssMb.toFixed(0)} MB`,
      );
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await child();
