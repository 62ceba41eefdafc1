import type { Block } from './types.js';

/**
 * The block of a cached Markdown part that a document's block was placed from (markdown-parts.ts): the same object
 * in every lint while the part's text is unchanged, so caches of what a block's content gives (engine/block-cache.ts)
 * can find it by that instead of by its text. A WeakMap, not a field: placed blocks with one more field than all
 * other blocks made every property read of a block polymorphic (measured: slower than no lookup by origin at all),
 * and a defined property was slower still. A copy of a block has no origin, so it never claims the original's content.
 */
const origins = new WeakMap<Block, Block>();

export const placedFrom = (block: Block, origin: Block): void => void origins.set(block, origin);
export const partBlockOf = (block: Block): Block | undefined => origins.get(block);
