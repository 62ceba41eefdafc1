import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The BUILT CLI: these tests check what users run (`npm run build` first; `npm test` does). */
export const CLI = fileURLToPath(new URL('../../packages/core/bin/blameless-lint.cjs', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: string[],
  options: { cwd: string; input?: string | Buffer; env?: Record<string, string | undefined> },
): CliRun {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build -w packages/core\` first`);
  const env: Record<string, string | undefined> = {
    ...process.env,
    NO_COLOR: undefined,
    FORCE_COLOR: undefined,
    ...options.env,
  };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 20_000,
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A temp folder laid out from `{ relativePath: contents }`; remove it with the returned function. */
export function tempTree(files: Record<string, string | Buffer>): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'blameless-cli-'));
  for (const [rel, contents] of Object.entries(files)) {
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, contents);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

// Findings that do not depend on which language rules have landed: a suppression naming no rule is
// always reported by `unused-suppression` (a warning by default; `--rule unused-suppression:error` makes it an error).
export const STALE = '<!-- blameless-disable-next-line no-such-rule -->';

export const CLEAN_DOC = `# Deploy pipeline stalled

The deploy queue stopped accepting jobs at 14:02 UTC because the lock table filled up.
Alerts fired within two minutes and the queue drained after the table was cleared.
`;

/** One stale-suppression warning on line 3, column 1. */
export const WARNING_DOC = `# Cache eviction storm

${STALE}
The cache evicted hot keys when memory pressure crossed the configured threshold.
`;
