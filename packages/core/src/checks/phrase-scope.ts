// Where a phrase rule looks (`within`): any prose, the prose of one section kind, timeline entries or action
// items. Timeline entries and items are read from the whole document, so rules that look there run over the
// whole document (no per-block cache: whether a block is an entry depends on more than the block).
import type { Block } from '../document/types.js';
import { readTimelines } from '../document/timeline.js';
import { readActionItems } from '../document/action-items.js';
import type { PhraseParams } from './schemas/generated.js';
import type { CheckContext } from './types.js';

type PhraseScope = NonNullable<PhraseParams['within']>;

/** The blocks of `ctx.blocks` the scope covers. */
export function scopedBlocks(ctx: CheckContext<'phrase'>, within: PhraseScope): Block[] {
  if (within === 'prose') return ctx.blocks;
  if (within === 'timeline') {
    const entries = new Set(
      readTimelines(ctx.doc, ctx.config.zones).flatMap((t) => t.entries.flatMap((e) => [e.block, ...e.body])),
    );
    return ctx.blocks.filter((b) => entries.has(b));
  }
  if (within === 'action-items') {
    const items = new Set(readActionItems(ctx.doc, [...ctx.config.people, ...ctx.config.teams]).map((i) => i.block));
    return ctx.blocks.filter((b) => items.has(b));
  }
  return ctx.blocks.filter((b) => {
    const section = ctx.doc.sections[b.section];
    return (section?.kind ?? section?.parentKind) === within;
  });
}
