import { resolve } from 'node:path';
import type { FileResult } from '../report/types.js';
import type { CliOptions } from './args.js';
import { createConfigSource } from '../node/config-source.js';
import { ConfigError, lint, lintAndFix } from '../node/core.js';
import { decode } from '../node/read-text.js';

/** Reads all of a stream, refusing to buffer more than `maxSize` bytes. */
async function readAll(stream: AsyncIterable<Buffer | string>, maxSize: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buf.length;
    if (size > maxSize) return undefined;
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/** `--stdin`: standard input linted as `--stdin-filename` (language and config from that name; default <stdin>, Markdown). */
export async function lintStdin(
  stdin: AsyncIterable<Buffer | string>,
  options: CliOptions,
  cwd: string,
  onNotice: (path: string, message: string) => void,
  onFixed: (path: string, fixes: number) => void = () => {},
): Promise<FileResult> {
  const name = options.stdinFilename ?? '<stdin>';
  const filePath = resolve(cwd, options.stdinFilename ?? 'stdin.md');
  const bytes = await readAll(stdin, options.maxFileSize);
  if (bytes === undefined)
    return {
      path: name,
      diagnostics: [],
      error: `refused: standard input is over the ${options.maxFileSize} byte limit (raise it with --max-file-size)`,
    };
  const read = decode(bytes);
  if (read.kind !== 'text') return { path: name, diagnostics: [], error: 'cannot decode standard input' };
  if (read.notice) onNotice(name, read.notice);
  let config;
  try {
    config = createConfigSource({ cwd, configFile: options.config, overrides: options.rules }).configFor(
      filePath,
    ).config;
  } catch (error) {
    if (error instanceof ConfigError) return { path: name, diagnostics: [], error: `config: ${error.message}` };
    throw error;
  }
  const lintOptions = { filePath, config, now: options.now };
  // --fix-dry-run (--fix is refused with --stdin): the fixed text is the result's `output`.
  if (options.fix === 'dry-run' && !read.notice) {
    const { diagnostics, output, fixed } = lintAndFix(read.text, lintOptions);
    if (fixed > 0) {
      onFixed(name, fixed);
      return { path: name, diagnostics, output };
    }
    return { path: name, diagnostics };
  }
  const { diagnostics } = lint(read.text, lintOptions);
  return { path: name, diagnostics };
}
