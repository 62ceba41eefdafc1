import type { CheckKind } from './types.js';
import { suppressionsParams } from './schemas/suppressions.js';

/** Directives that name an unknown rule, or that suppressed nothing: stale comments hide future findings. */
export const suppressions: CheckKind<'suppressions'> = {
  name: 'suppressions',
  phase: 'post',
  params: suppressionsParams,
  run(ctx) {
    const known = new Set(ctx.ruleIds ?? []);
    for (const d of ctx.directives ?? []) {
      if (d.kind === 'enable') continue;
      for (const id of d.ids) {
        if (!known.has(id)) {
          ctx.report({
            start: d.start,
            end: d.end,
            data: { id },
            message: `Unknown rule "${id}" in a suppression comment.`,
          });
        } else if (!d.used.has(id)) {
          ctx.report({
            start: d.start,
            end: d.end,
            data: { id },
            message: `Unused suppression: no "${id}" finding here to disable.`,
          });
        }
      }
      if (d.ids.length === 0 && !d.used.has('*')) {
        ctx.report({
          start: d.start,
          end: d.end,
          data: { id: '*' },
          message: 'Unused suppression: no finding here to disable.',
        });
      }
    }
  },
};
