import { Transform, type TransformCallback } from 'node:stream';

const HEADER_END = Buffer.from('\r\n\r\n');
const CONTENT_LENGTH = Buffer.from('content-length:');
/** No LSP message is this large; a header claiming more is garbage, not a message to wait for. */
const MAX_BODY = 256 * 1024 * 1024;
/** Headers are a few dozen bytes; this much without an end of headers is garbage. */
const MAX_HEADER = 8 * 1024;

/**
 * Passes through only well-framed LSP messages (`Content-Length: N` headers, then N bytes). The JSON-RPC
 * reader stops making sense of a stream after one bad header; this guard drops bytes up to the next
 * `Content-Length:` instead, so a client that writes garbage once does not deafen the server for good.
 * Bodies are not judged here: invalid JSON in a well-framed message is the JSON-RPC layer's to reject.
 */
export class FramingGuard extends Transform {
  private buffer: Buffer = Buffer.alloc(0);
  /** Frames dropped, for the log. */
  dropped = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    for (;;) {
      const end = this.buffer.indexOf(HEADER_END);
      if (end === -1) {
        if (this.buffer.length > MAX_HEADER) this.resync();
        else break;
        continue;
      }
      const length = contentLength(this.buffer.subarray(0, end).toString('ascii'));
      if (length === undefined) {
        this.resync();
        continue;
      }
      const total = end + HEADER_END.length + length;
      if (this.buffer.length < total) break;
      this.push(this.buffer.subarray(0, total));
      this.buffer = this.buffer.subarray(total);
    }
    done();
  }

  /** Drops the bad bytes at the front, up to the next thing that looks like a header. */
  private resync(): void {
    this.dropped++;
    const lower = Buffer.from(this.buffer.toString('latin1').toLowerCase(), 'latin1');
    const next = lower.indexOf(CONTENT_LENGTH, 1);
    this.buffer = next === -1 ? Buffer.alloc(0) : this.buffer.subarray(next);
    this.emit('garbage');
  }
}

function contentLength(headers: string): number | undefined {
  let length: number | undefined;
  for (const line of headers.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon === -1) return undefined;
    if (line.slice(0, colon).trim().toLowerCase() !== 'content-length') continue;
    const value = line.slice(colon + 1).trim();
    if (!/^\d+$/.test(value)) return undefined;
    length = Number(value);
  }
  return length !== undefined && length <= MAX_BODY ? length : undefined;
}
