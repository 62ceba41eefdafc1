// Builds remark-blameless: dist/*.js and *.d.ts from src with tsc, into a clean dist (no stale modules).
// @blameless-lint/core is resolved from its own build, so core builds first (the root workspace order).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkgDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
rmSync(join(pkgDir, 'dist'), { recursive: true, force: true });
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(pkgDir, 'tsconfig.json')], {
  stdio: 'inherit',
});
console.log('build remark-blameless: done');
