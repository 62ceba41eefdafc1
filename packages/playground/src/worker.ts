/**
 * The engine in a Web Worker: `lint` is synchronous and a long document takes a while, so it runs here and
 * typing on the page never waits for it. The page sends the newest text only (see linter.ts).
 */
import { lint, resolveConfig, rules } from '@blameless-lint/core';
import { PLAYGROUND_FILE, type FromWorker, type LintRequest, type PresetName } from './protocol.js';

const scope = self as unknown as {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<LintRequest>) => void) | null;
};

const presets = {} as Record<PresetName, string[]>;
for (const name of ['recommended', 'strict'] as const)
  presets[name] = Object.keys(resolveConfig([{ extends: name }]).rules);

scope.postMessage({
  type: 'ready',
  rules: rules.map((r) => ({
    id: r.id,
    description: r.description,
    url: r.url,
    scope: r.scope,
    defaultSeverity: r.defaultSeverity,
  })),
  presets,
});

scope.onmessage = (event) => {
  const { id, text, language, config } = event.data;
  const start = performance.now();
  try {
    // Incremental: the page lints again on every edit.
    const { diagnostics } = lint(text, { filePath: PLAYGROUND_FILE, language, config, incremental: true });
    scope.postMessage({ type: 'result', id, diagnostics, ms: Math.round(performance.now() - start) });
  } catch (error) {
    scope.postMessage({ type: 'failed', id, error: error instanceof Error ? error.message : String(error) });
  }
};
