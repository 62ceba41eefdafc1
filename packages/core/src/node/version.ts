import { readFileSync } from 'node:fs';

// The bundle gets the version inlined at build time (esbuild `define`); unbundled code reads package.json.
declare const __BLAMELESS_VERSION__: string | undefined;

export function version(): string {
  if (typeof __BLAMELESS_VERSION__ === 'string') return __BLAMELESS_VERSION__;
  for (const rel of ['../../package.json', '../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === '@blameless-lint/core' && pkg.version) return pkg.version;
    } catch {
      // Not there from this layout; try the next.
    }
  }
  return '0.0.0';
}
