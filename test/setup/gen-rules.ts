import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// Rules and the people lexicon are data compiled into modules; regenerate them so tests see the current data.
export default function setup(): void {
  for (const script of ['gen-rules.mjs', 'build-lexicon.mjs']) {
    execFileSync(process.execPath, [fileURLToPath(new URL(`../../packages/core/scripts/${script}`, import.meta.url))], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
}
