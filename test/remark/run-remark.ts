/**
 * Runs the real remark-cli (the repo's devDependency) in a temporary folder laid out as a user's project:
 * node_modules/remark-blameless links to the BUILT package (packages/remark-blameless/dist, through its
 * package.json `exports`), and vfile-reporter-json is there for `--report json`.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempTree } from '../cli/run-cli.js';

export const repo = fileURLToPath(new URL('../..', import.meta.url));
const remarkBin = join(repo, 'node_modules', 'remark-cli', 'cli.js');

/** One file's report as vfile-reporter-json prints it. */
export interface JsonFile {
  path: string;
  cwd: string;
  history: string[];
  messages: Array<{
    reason: string;
    ruleId?: string;
    source?: string;
    fatal?: boolean;
    url?: string;
    actual?: string;
    expected?: string[];
    note?: string;
    line?: number;
    column?: number;
    place?: {
      start: { line: number; column: number; offset: number };
      end: { line: number; column: number; offset: number };
    };
  }>;
}

/** A project folder: `files` plus the two packages remark-cli loads from the project's node_modules. */
export function remarkProject(files: Record<string, string>): ReturnType<typeof tempTree> {
  const tree = tempTree(files);
  mkdirSync(join(tree.dir, 'node_modules'));
  symlinkSync(join(repo, 'packages', 'remark-blameless'), join(tree.dir, 'node_modules', 'remark-blameless'), 'dir');
  symlinkSync(
    join(repo, 'node_modules', 'vfile-reporter-json'),
    join(tree.dir, 'node_modules', 'vfile-reporter-json'),
    'dir',
  );
  return tree;
}

/** Copies every file of examples/ into `dir`; returns their names. */
export function copyExamples(dir: string): string[] {
  const names = readdirSync(join(repo, 'examples')).filter((n) => !n.startsWith('.'));
  for (const name of names) copyFileSync(join(repo, 'examples', name), join(dir, name));
  return names.sort();
}

export function runRemark(args: string[], cwd: string): { code: number | null; report: JsonFile[]; stderr: string } {
  const r = spawnSync(process.execPath, [remarkBin, ...args, '--no-stdout', '--no-color', '--report', 'json'], {
    cwd,
    encoding: 'utf8',
    timeout: 80_000,
  });
  if (r.error) throw r.error;
  let report: JsonFile[];
  try {
    report = JSON.parse(r.stderr) as JsonFile[];
  } catch {
    throw new Error(`remark-cli printed no JSON report (exit ${r.status}):\n${r.stderr}`);
  }
  return { code: r.status, report, stderr: r.stderr };
}
