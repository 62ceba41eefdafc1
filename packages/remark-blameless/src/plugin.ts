/**
 * The plugin shared by both entries: lints the file's own text (not the syntax tree), so a file gets exactly
 * the findings the CLI gives it, whatever parser or other plugins the pipeline runs. How the config is found
 * is the entry's: options only in the browser, config files too in Node.
 */
import { lint, type ResolvedConfig, type UserConfig } from '@blameless-lint/core';
import type { VFile } from 'vfile';
import { reportDiagnostics } from './messages.js';
import { checkOptions, type Options } from './options.js';

/** The config for one file; may call `file.fail` (a config file that cannot be used is a fatal error). */
type ConfigFor<T extends Options> = (file: VFile, options: T) => ResolvedConfig | UserConfig | undefined;

type Transformer = (tree: unknown, file: VFile) => undefined;

/** `attached` runs each time a processor takes the plugin, after its options are checked. */
export function createPlugin<T extends Options>(
  known: ReadonlyArray<keyof T & string>,
  configFor: ConfigFor<T>,
  attached?: () => void,
) {
  return function remarkBlameless(options?: T | null): Transformer {
    const checked = checkOptions<T>(options, known);
    attached?.();
    return (_tree, file) => {
      const config = configFor(file, checked);
      const { diagnostics } = lint(String(file), { filePath: file.path, config, now: checked.now });
      reportDiagnostics(file, diagnostics);
      return undefined;
    };
  };
}
