/** Kept equal to package.json's version by scripts/build.mjs (the bundle cannot read package.json at run time). */
export const VERSION = '0.1.0';
