/**
 * The JSON-schema formats of our own, shared by the validator compiled at build time
 * (scripts/gen-validator.mjs) and the one compiled at run time for other rule sets (validate.ts).
 */

/** A pattern users write (action-item-tracked's `trackers`) must compile, or the config is rejected with its key named. */
function isRegExp(source: string): boolean {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}

export const configFormats = { regex: isRegExp };
