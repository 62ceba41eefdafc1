import type { LintFunction, ResolvedConfig } from './library.js';

/** A short postmortem with a finding of most rules: linting it compiles the library's hot paths. */
const WARM_UP = [
  '# Checkout outage',
  '',
  '## Summary',
  '',
  'Checkout failed for 40 minutes for EU customers. Sam pushed a config that took the site down.',
  '',
  '## Timeline',
  '',
  '- 10:02 UTC the alert fired',
  '- 10:05 UTC Sam realized the deploy was careless',
  '',
  '| Time | Event |',
  '| --- | --- |',
  '| 10:20 | The team obviously panicked |',
  '',
  '## Contributing factors',
  '',
  '- Human error: we should have caught it in review.',
  '',
  '## Lessons learned',
  '',
  '- Engineers must be more careful.',
  '',
  '## Action items',
  '',
  '- [ ] Add a canary stage (owner: @kim, due 2026-07-15)',
  '- [ ] Investigate the alerting',
  '',
  '| Action | Owner | Due | Ticket |',
  '| --- | --- | --- | --- |',
  '| Rewrite the whole deploy system | TBD | ASAP | |',
  '',
].join('\n');

/**
 * Lints the warm-up postmortem in a lint worker as soon as it has loaded, while the server is still loading
 * and the editor initialising, so the first document opened does not pay for compiling the library's paths
 * (a first lint took 450-700 ms on 20,000 words, a later one about 300). It stops between two blocks as soon
 * as its lane sends a job (`sent`), so a document never waits behind it. `config` is a resolved config, as the
 * server's jobs carry: checking one (its time zones start the ICU time zone data, ~30 ms) is paid here too.
 */
export function warmUp(lintText: LintFunction, config: ResolvedConfig, sent: () => boolean): void {
  try {
    lintText(WARM_UP, {
      filePath: 'warm-up.md',
      config,
      // The paths a document's lints take (linter.ts).
      incremental: true,
      signal: {
        get aborted() {
          return sent();
        },
      },
    });
  } catch {
    // Stopped, or a lint that fails: the warm-up's only purpose is speed, the real job reports errors.
  }
}
