import { format } from '../report/index.js';
import { printable } from '../report/printable.js';
import type { FileResult } from '../report/types.js';
import { parseCliArgs, type CliOptions } from './args.js';
import { explain, listRules, printConfig } from './commands.js';
import { CacheLocationError } from '../node/cache.js';
import { ConfigError, rules } from '../node/core.js';
import { EXIT, countWarnings, exitCodeFor } from './exit-code.js';
import { HELP } from './help.js';
import { display, lintFiles } from '../node/lint-files.js';
import { defaultJobs } from '../node/jobs.js';
import { lintStdin } from './lint-stdin.js';
import { checkOverrides } from './overrides.js';
import { createProgress } from './progress.js';
import { UsageError } from './usage-error.js';
import { version } from '../node/version.js';
import type { CliIo } from './io.js';
import { subcommands } from './subcommands.js';

export type { CliIo } from './io.js';

/** Runs the CLI; resolves to the exit code. Reports go to stdout, everything else to stderr; nothing is written to disk but the --cache file and, with --fix, the fixed files. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  try {
    const sub =
      argv[0] === undefined ? undefined : Object.hasOwn(subcommands, argv[0]) ? subcommands[argv[0]] : undefined;
    if (sub) return await sub(argv.slice(1), io);
    const options = parseCliArgs(argv);
    if (options.help) return print(io, HELP);
    if (options.version) return print(io, `${version()}\n`);
    if (options.listRules) return print(io, listRules());
    if (options.explain !== undefined) return print(io, explain(options.explain));
    checkOverrides(options.rules);
    if (options.printConfig !== undefined) return print(io, printConfig(options.printConfig, options, io.cwd));
    return await lintAndReport(options, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`blameless-lint: ${error.message}\nRun blameless-lint --help for usage.\n`);
    } else if (error instanceof CacheLocationError) {
      // As ESLint: a problem with how the run was set up is exit 2, and nothing is linted.
      io.stderr.write(`blameless-lint: cannot use ${display(error.path, io.cwd)} as the cache: ${error.problem}\n`);
    } else if (error instanceof ConfigError) {
      io.stderr.write(`blameless-lint: config error: ${error.message}\n`);
    } else {
      io.stderr.write(`blameless-lint: fatal: ${(error as Error).stack ?? String(error)}\n`);
    }
    return EXIT.fatal;
  }
}

async function lintAndReport(options: CliOptions, io: CliIo): Promise<number> {
  const notice = (path: string, message: string) => io.stderr.write(`blameless-lint: ${printable(path)}: ${message}\n`);
  const progress = createProgress(io.stderr);
  const fixed = new Map<string, number>();
  const onFixed = (path: string, fixes: number) => fixed.set(path, fixes);
  let results: FileResult[];
  if (options.stdin) {
    results = [await lintStdin(io.stdin, options, io.cwd, notice, onFixed)];
  } else {
    const overrides = Object.fromEntries(options.rules.map((r) => [r.id, r.severity]));
    if (options.jobs !== undefined && options.jobs > defaultJobs()) {
      io.stderr.write(
        `blameless-lint: --jobs ${options.jobs} is more than the ${defaultJobs()} cores this machine has: using ${defaultJobs()}\n`,
      );
    }
    results = await lintFiles(options.paths, {
      cwd: io.cwd,
      configFile: options.config,
      rules: overrides,
      now: options.now,
      maxFileSize: options.maxFileSize,
      jobs: options.jobs ?? 'auto',
      cache: options.cache,
      fix: options.fix,
      onFixed,
      onNotice: notice,
      onProgress: (done, total) => progress.update(done, total),
    });
    progress.clear();
  }
  reportFixed(results, fixed, options.fix === 'dry-run', io);
  reportFileErrors(results, io);
  if (options.quiet)
    results = results.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') }));
  // Human formats leave unlintable files to stderr (said once, above); machine formats carry them too.
  const shown =
    options.format === 'stylish' || options.format === 'compact'
      ? results.filter((r) => r.error === undefined)
      : results;
  io.stdout.write(
    format(shown, options.format, { color: useColor(options, io), cwd: io.cwd, rules, version: version() }),
  );
  const code = exitCodeFor(results, options.maxWarnings);
  if (code === EXIT.lintErrors && options.maxWarnings !== undefined && countWarnings(results) > options.maxWarnings) {
    io.stderr.write(
      `blameless-lint: ${countWarnings(results)} warnings, more than --max-warnings ${options.maxWarnings}\n`,
    );
  }
  return code;
}

/** --no-color / --color win (flags beat the environment), then NO_COLOR, FORCE_COLOR, then whether stdout is a terminal. */
function useColor(options: CliOptions, io: CliIo): boolean {
  if (options.color !== undefined) return options.color;
  if ((io.env.NO_COLOR ?? '') !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.stdout.isTTY === true;
}

/** The files --fix changed (--fix-dry-run: would change), in report order, on stderr: stdout is the report. */
function reportFixed(
  results: readonly FileResult[],
  fixed: ReadonlyMap<string, number>,
  dryRun: boolean,
  io: CliIo,
): void {
  for (const r of results) {
    const n = fixed.get(r.path);
    if (n === undefined || r.error !== undefined) continue;
    io.stderr.write(
      `blameless-lint: ${dryRun ? 'would fix' : 'fixed'} ${printable(r.path)} (${n} fix${n === 1 ? '' : 'es'})\n`,
    );
  }
}

/** One line per unreadable file; a bad config is said once, with the number of files it kept from being linted. */
function reportFileErrors(results: readonly FileResult[], io: CliIo): void {
  const configErrors = new Map<string, number>();
  for (const r of results) {
    if (r.error === undefined) continue;
    if (r.error.startsWith('config: ')) configErrors.set(r.error, (configErrors.get(r.error) ?? 0) + 1);
    else io.stderr.write(`blameless-lint: ${printable(r.path)}: ${r.error}\n`);
  }
  for (const [error, files] of configErrors) {
    io.stderr.write(
      `blameless-lint: config error: ${error.slice('config: '.length)} (${files} file${files === 1 ? '' : 's'} not linted)\n`,
    );
  }
}

function print(io: CliIo, text: string): number {
  io.stdout.write(text);
  return EXIT.ok;
}
