import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, examplesFolder, expectSameFindings, npmSurfaces, type Findings } from './surfaces.js';

/**
 * The npm-only faces of the linter give the same findings on every file of examples/ as the CLI: rule id,
 * severity, range and message. The e2e test test/e2e/surfaces/same-findings.test.ts adds the playground.
 */
let folder: ReturnType<typeof examplesFolder>;
let reference: Findings;
beforeAll(async () => {
  folder = examplesFolder();
  reference = await cli(folder.dir, folder.names);
}, 120_000);
afterAll(() => folder?.remove());

describe('the same findings on examples/ through every surface', () => {
  it('the CLI reports every example (the reference)', () => {
    expect(Object.keys(reference).sort()).toEqual(folder.names);
    expect(Object.values(reference).flat().length).toBeGreaterThan(40);
  });

  it.each(Object.keys(npmSurfaces))(
    '%s: same rule ids, severities, ranges and messages as the CLI',
    async (surface) => {
      expectSameFindings(surface, await npmSurfaces[surface]!(folder.dir, folder.names), reference, folder.names);
    },
    120_000,
  );
});
