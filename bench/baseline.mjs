// `--baseline=<git ref>`: the same package built from an earlier commit, measured in the same run as the
// working tree (interleaved with it), so "what did this change cost" is one ratio on one noisy machine, not
// a comparison with figures from another day. The ref is checked out as a detached git worktree under the
// system temp folder, shares this checkout's node_modules, and is built with its own build script.
import { existsSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';

/** Build `ref` once (cached by commit) and return the folder of its built core package. */
export function prepareBaseline(root, ref, log) {
  const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  const sha = git('rev-parse', '--verify', `${ref}^{commit}`);
  const dir = join(tmpdir(), `blameless-baseline-${sha.slice(0, 12)}`);
  const dist = join(dir, 'packages', 'core', 'dist');
  if (!existsSync(join(dist, 'index.js'))) {
    log(`baseline: building ${ref} (${sha.slice(0, 7)}) in ${dir}`);
    if (!existsSync(dir)) git('worktree', 'add', '--detach', '--force', dir, sha);
    if (!existsSync(join(dir, 'node_modules')))
      symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    execFileSync(process.execPath, ['scripts/build.mjs'], {
      cwd: join(dir, 'packages', 'core'),
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  return { ref, sha: sha.slice(0, 7), dist };
}
