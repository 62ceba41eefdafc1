// Building blocks of the check kinds' parameter schemas. These modules are plain data with no imports
// outside this folder: the rules build (scripts/gen-rules.mjs) bundles them before anything is compiled,
// validates every rule's params against them and generates the params' TypeScript types from them.

/** A JSON schema (draft-07) as a plain object. */
export type ParamSchema = Record<string, unknown>;

/** A list of words or phrases of the rule's vocabulary. */
export const words = (description?: string): ParamSchema => ({
  type: 'array',
  items: { type: 'string' },
  ...(description ? { description } : {}),
});

/** A text of the rule's data (a message, a rewrite, advice). */
export const text = (description?: string): ParamSchema => ({
  type: 'string',
  ...(description ? { description } : {}),
});

/** A map of names to texts (messages by problem, labels by category). */
export const texts = (description?: string): ParamSchema => ({
  type: 'object',
  additionalProperties: { type: 'string' },
  ...(description ? { description } : {}),
});

/** A closed object: every key is known, `required` ones must be given. */
export function closed(
  properties: Record<string, ParamSchema>,
  required: string[] = [],
  description?: string,
): ParamSchema {
  return { type: 'object', additionalProperties: false, required, properties, ...(description ? { description } : {}) };
}

/** Lists of words, each described: `{ key: description }` -> closed properties. */
export const wordLists = (lists: Record<string, string>): Record<string, ParamSchema> =>
  Object.fromEntries(Object.entries(lists).map(([k, d]) => [k, words(d)]));
