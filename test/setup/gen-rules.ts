import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// Rules are data compiled into a module; regenerate it so tests see the current rules/*.yml.
export default function setup(): void {
  execFileSync(process.execPath, [fileURLToPath(new URL('../../packages/core/scripts/gen-rules.mjs', import.meta.url))], { stdio: 'inherit' });
}
