export { parseDocument, type ParseOptions } from './parse.js';
export { classifyHeading, defaultSectionAliases } from './sections.js';
export type * from './types.js';
