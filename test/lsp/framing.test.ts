import { describe, expect, it } from 'vitest';
import { FramingGuard } from '../../packages/lsp/src/framing.js';

const frame = (body: string) => Buffer.from(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);

/** Feeds `input` in chunks of `size` bytes and returns the frames the guard passes on. */
async function through(input: Buffer, size: number): Promise<string[]> {
  const guard = new FramingGuard();
  const out: Buffer[] = [];
  guard.on('data', (d: Buffer) => out.push(Buffer.from(d)));
  for (let i = 0; i < input.length; i += size) guard.write(input.subarray(i, i + size));
  guard.end();
  await new Promise((resolve) => guard.on('end', resolve));
  return out.map((b) => b.toString('utf8'));
}

describe('FramingGuard', () => {
  // A large message arrives in many chunks; the guard holds them and joins them once the frame is complete.
  const big = JSON.stringify({ jsonrpc: '2.0', method: 'didOpen', params: { text: 'é'.repeat(300_000) } });
  const input = Buffer.concat([frame('{"id":1}'), Buffer.from('garbage\r\n\r\n'), frame(big), frame('{"id":2}')]);

  it.each([1, 7, 4096, 65536, input.length])(
    'passes every well-framed message whole, chunks of %i bytes',
    async (size) => {
      const frames = await through(input, size);
      expect(frames.map((f) => f.slice(f.indexOf('\r\n\r\n') + 4))).toEqual(['{"id":1}', big, '{"id":2}']);
    },
  );
});
