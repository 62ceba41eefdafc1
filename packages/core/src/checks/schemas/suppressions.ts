import { closed } from './shapes.js';

/** `suppressions` takes no parameters: it judges the document's directives. */
export const suppressionsParams = closed({});
