import { createRequire } from 'node:module';
import type { LintOptions, LintResult, ResolvedConfig } from '../types.js';
import { lint } from './core.js';

/** A task as the pool sends it (node/jobs.ts): each config object comes once, then by id. */
export interface LintTask {
  id: number;
  text: string;
  options: LintOptions;
  configId?: number;
  config?: ResolvedConfig;
}

/**
 * The worker side of `--jobs`: answers each task with `{ id, result }` or `{ id, error }`, in the order
 * received. A throw becomes an error reply, never a dead worker. `lintText` is the library's `lint` but for
 * tests of the pool.
 */
export function serveLintTasks(lintText: (text: string, options: LintOptions) => LintResult = lint): void {
  // Required here, not imported: the CLI's bundle holds this module, and the main thread never needs it.
  const port = (createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads'))
    .parentPort;
  if (!port) throw new Error('serveLintTasks runs in a worker thread');
  const configs = new Map<number, ResolvedConfig>();
  port.on('message', ({ id, text, options, configId, config }: LintTask) => {
    if (configId !== undefined && config !== undefined) configs.set(configId, config);
    try {
      port.postMessage({
        id,
        result: lintText(text, configId === undefined ? options : { ...options, config: configs.get(configId) }),
      });
    } catch (error) {
      port.postMessage({ id, error: String((error as Error)?.stack ?? error) });
    }
  });
}
