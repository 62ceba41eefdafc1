// The playground's link and config as plain functions (Node has the browser's CompressionStream): "today" goes
// into the link and the config only as a real day; a link with a day that cannot be used falls back to the clock.
import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, isDay } from '../../packages/playground/src/share.ts';
import { configOf, type PlaygroundState } from '../../packages/playground/src/state.ts';

const base: PlaygroundState = {
  text: '# Summary\n\nThe deploy stalled.\n',
  language: 'markdown',
  preset: 'recommended',
  toggles: {},
};

/** A link written by hand (or by an older or damaged page): the same format encodeState writes. */
async function link(data: Record<string, unknown>): Promise<string> {
  const bytes = new Uint8Array(
    await new Response(
      new Blob([JSON.stringify(data)]).stream().pipeThrough(new CompressionStream('deflate-raw')),
    ).arrayBuffer(),
  );
  return `#v1.${Buffer.from(bytes).toString('base64url')}`;
}

describe('the playground: Today in the link and the config', () => {
  it('keeps a fixed day through the link and passes it to lint() as config now', async () => {
    const state = { ...base, now: '2026-01-01' };
    expect(await decodeState(`#${await encodeState(state)}`)).toEqual(state);
    expect(configOf(state, [])).toEqual({ extends: 'recommended', rules: {}, now: '2026-01-01' });
  });

  it('without a day: the link holds none and the config has no now (the clock decides)', async () => {
    expect(await decodeState(`#${await encodeState(base)}`)).toEqual(base);
    expect(configOf(base, [])).toEqual({ extends: 'recommended', rules: {} });
  });

  it.each(['2026-02-30', '2026-13-01', '2026-1-1', 'tomorrow', 20260101])(
    'drops a day it cannot use from a link: %s',
    async (n) => {
      expect(await decodeState(await link({ t: base.text, l: 'markdown', p: 'recommended', r: {}, n }))).toEqual(base);
    },
  );

  it('knows a real day from a date-shaped string', () => {
    expect(['2026-01-01', '2028-02-29'].map(isDay)).toEqual([true, true]);
    expect(['2027-02-29', '2026-04-31', '', '2026-01-01T00:00:00Z'].map(isDay)).toEqual([false, false, false, false]);
  });
});
