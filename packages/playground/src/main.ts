/**
 * The playground page: a textarea over a highlighted mirror, the findings list and the rule switches. Each
 * change gets a version number; the lint result for the current version is drawn and the state written to
 * the URL hash. `<html data-version data-linted data-shared>` says how far that went (tests wait on it).
 */
import type { Diagnostic, Fix } from '@blameless-lint/core';
import { renderFindings } from './findings.js';
import { renderHighlights } from './highlight.js';
import { Linter, type LintOutcome } from './linter.js';
import type { Language } from '@blameless-lint/core';
import type { PresetName, RuleInfo } from './protocol.js';
import { renderCounts, renderRules, setPresetChoice } from './rules-panel.js';
import { decodeState, encodeState, isDay } from './share.js';
import { configOf, isEnabled, type PlaygroundState } from './state.js';

declare const __EXAMPLE__: string;

/** Typing pauses this long before a lint: short enough to feel live, long enough not to lint every key. */
const DEBOUNCE_MS = 150;

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const textarea = byId<HTMLTextAreaElement>('text');
const mirror = byId<HTMLElement>('mirror');
const list = byId<HTMLOListElement>('findings');
const rulesBox = byId<HTMLElement>('rules');
const presetSelect = byId<HTMLSelectElement>('preset');
const languageSelect = byId<HTMLSelectElement>('language');
const todayInput = byId<HTMLInputElement>('today');
const status = byId<HTMLElement>('status');
const shareButton = byId<HTMLButtonElement>('share');
const root = document.documentElement;

let state: PlaygroundState = { text: __EXAMPLE__, language: 'markdown', preset: 'recommended', toggles: {} };
let rules: RuleInfo[] = [];
let presets: Record<PresetName, string[]> = { recommended: [], strict: [] };
let version = 0;
let shown: { version: number; diagnostics: Diagnostic[] } = { version: -1, diagnostics: [] };
let timer: ReturnType<typeof setTimeout> | undefined;

const linter = new Linter('worker.js', show);

function show(outcome: LintOutcome): void {
  root.dataset.lintMs = String(outcome.ms); // how long the worker took, also for a text already replaced
  if (outcome.id !== version) return; // a newer text is on its way
  if (outcome.error) {
    status.textContent = `Lint failed: ${outcome.error}`;
    status.className = 'failed';
  } else {
    const n = outcome.diagnostics.length;
    status.textContent = `${n} finding${n === 1 ? '' : 's'} · linted in ${outcome.ms} ms`;
    status.className = '';
  }
  shown = { version: outcome.id, diagnostics: outcome.diagnostics };
  renderHighlights(mirror, state.text, outcome.diagnostics);
  mirror.classList.remove('stale');
  syncScroll();
  renderFindings(list, outcome.diagnostics, { reveal, apply });
  renderCounts(rulesBox, outcome.diagnostics);
  root.dataset.linted = String(outcome.id);
  void share(outcome.id);
}

async function share(at: number): Promise<void> {
  const hash = await encodeState(state);
  if (at !== version) return;
  history.replaceState(null, '', `#${hash}`);
  root.dataset.shared = String(at);
  shareButton.dataset.size = String(hash.length);
}

/** A change to the state: a new version, linted now or after the debounce. */
function changed(debounce: boolean): void {
  version++;
  root.dataset.version = String(version);
  status.textContent = 'Linting…';
  clearTimeout(timer);
  const run = () => linter.lint(version, state.text, state.language, configOf(state, rules));
  if (debounce) timer = setTimeout(run, DEBOUNCE_MS);
  else run();
}

function reveal(d: Diagnostic): void {
  textarea.focus();
  textarea.setSelectionRange(d.range.start.offset, d.range.end.offset);
  const marked = mirror.querySelector<HTMLElement>(`mark[data-start="${d.range.start.offset}"]`);
  if (marked) textarea.scrollTop = Math.max(0, marked.offsetTop - textarea.clientHeight / 3);
}

function apply(fix: Fix): void {
  if (shown.version !== version) return; // the offsets are of a text that has changed since
  textarea.focus();
  textarea.setSelectionRange(fix.range.start.offset, fix.range.end.offset);
  // insertText keeps the editor's undo history; it fires `input`, which lints.
  if (!document.execCommand('insertText', false, fix.text)) {
    textarea.setRangeText(fix.text, fix.range.start.offset, fix.range.end.offset, 'end');
    textarea.dispatchEvent(new Event('input'));
  }
}

function syncScroll(): void {
  mirror.scrollTop = textarea.scrollTop;
  mirror.scrollLeft = textarea.scrollLeft;
}

function drawRules(): void {
  setPresetChoice(presetSelect, state.preset);
  renderRules(rulesBox, rules, (id) => isEnabled(state, presets, id), {
    toggle(id, on) {
      const inPreset = presets[state.preset].includes(id);
      const toggles = { ...state.toggles };
      if (on === inPreset) delete toggles[id];
      else toggles[id] = on;
      state = { ...state, toggles };
      changed(false);
    },
  });
  renderCounts(rulesBox, shown.diagnostics);
}

async function load(hash: string): Promise<void> {
  state = (await decodeState(hash)) ?? state;
  textarea.value = state.text;
  languageSelect.value = state.language;
  todayInput.value = state.now ?? '';
  drawRules();
  changed(false);
}

textarea.addEventListener('input', () => {
  state = { ...state, text: textarea.value };
  // The marks are of the old text: hide them until the lint of this one arrives. Updating the mirror's text on
  // every key would lay out the whole document twice per key (measured: 0.9 s per key at 200 KB).
  mirror.classList.add('stale');
  changed(true);
});
textarea.addEventListener('scroll', syncScroll);
presetSelect.addEventListener('change', () => {
  state = { ...state, preset: presetSelect.value as PresetName, toggles: {} };
  drawRules();
  changed(false);
});
languageSelect.addEventListener('change', () => {
  state = { ...state, language: languageSelect.value as Language };
  changed(false);
});
todayInput.addEventListener('change', () => {
  // The input gives '' until it holds a whole valid date: the clock is used meanwhile.
  state = { ...state, now: isDay(todayInput.value) ? todayInput.value : undefined };
  changed(false);
});
shareButton.addEventListener('click', async () => {
  await share(version);
  await navigator.clipboard?.writeText(location.href).catch(() => {});
  shareButton.textContent = 'Link copied';
  setTimeout(() => (shareButton.textContent = 'Copy link'), 1500);
});
// replaceState never fires this: only a link pasted into the address bar or history navigation does.
window.addEventListener('hashchange', () => void load(location.hash));

textarea.value = state.text;
status.textContent = 'Loading the linter…';
linter.ready.then(
  (info) => {
    rules = info.rules;
    presets = info.presets;
    return load(location.hash);
  },
  (error: Error) => {
    status.textContent = `The linter did not start: ${error.message}`;
    status.className = 'failed';
  },
);
