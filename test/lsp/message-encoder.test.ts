import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Message } from 'vscode-languageserver/node.js';
import { reusedBufferJson } from '../../packages/lsp/src/message-encoder.js';

const options = { charset: 'utf-8' as const };
const note = (text: string): Message =>
  ({ jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: text } }) as Message;

describe("the stdio writer's JSON encoder", () => {
  it('encodes each message as UTF-8 JSON, whatever came before it and whatever its size', async () => {
    const encoder = reusedBufferJson();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ minLength: 60_000, maxLength: 70_000 })), {
          minLength: 1,
          maxLength: 6,
        }),
        async (texts) => {
          for (const text of texts) {
            const bytes = await encoder.encode(note(text), options);
            expect(JSON.parse(Buffer.from(bytes).toString('utf8'))).toEqual(note(text));
            expect(bytes.byteLength).toBe(Buffer.byteLength(JSON.stringify(note(text))));
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('grows its buffer for a long message, up to the end of a character at the edge', async () => {
    const encoder = reusedBufferJson();
    // Four-byte characters straddling the first buffer's end (64 KB), then a message larger than it.
    for (const text of ['😀'.repeat(16_380), 'é'.repeat(40_000), 'x'.repeat(300_000), 'short']) {
      const bytes = await encoder.encode(note(text), options);
      expect(Buffer.from(bytes).toString('utf8')).toBe(JSON.stringify(note(text)));
    }
  });

  it('keeps no buffer for a message above its limit, and reuses one below it', async () => {
    const encoder = reusedBufferJson();
    const a = await encoder.encode(note('a'.repeat(1000)), options);
    const b = await encoder.encode(note('b'.repeat(1000)), options);
    expect(b.buffer).toBe(a.buffer);
    const huge = await encoder.encode(note('h'.repeat(5 * 1024 * 1024)), options);
    expect(huge.buffer).not.toBe(a.buffer);
    const after = await encoder.encode(note('c'), options);
    expect(after.buffer).toBe(a.buffer);
  });
});
