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
  /**
   * Bytes not yet passed on, as received: joined only when a frame can be complete. Concatenating every
   * chunk onto one buffer copied a 10 MB message about 160 times and froze the server for seconds.
   */
  private chunks: Buffer[] = [];
  private size = 0;
  /** Bytes needed before the frame at the front is complete; 0 while its header is still unread. */
  private need = 0;
  /** Frames dropped, for the log. */
  dropped = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    if (this.need && this.size < this.need) return done();
    let buffer = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks, this.size);
    this.need = 0;
    for (;;) {
      const end = buffer.indexOf(HEADER_END);
      if (end === -1) {
        if (buffer.length > MAX_HEADER) buffer = this.resync(buffer);
        else break;
        continue;
      }
      const length = contentLength(buffer.subarray(0, end).toString('ascii'));
      if (length === undefined) {
        buffer = this.resync(buffer);
        continue;
      }
      const total = end + HEADER_END.length + length;
      if (buffer.length < total) {
        this.need = total;
        break;
      }
      this.push(buffer.subarray(0, total));
      buffer = buffer.subarray(total);
    }
    this.chunks = buffer.length ? [buffer] : [];
    this.size = buffer.length;
    done();
  }

  /** Drops the bad bytes at the front, up to the next thing that looks like a header. */
  private resync(buffer: Buffer): Buffer {
    this.dropped++;
    const lower = Buffer.from(buffer.toString('latin1').toLowerCase(), 'latin1');
    const next = lower.indexOf(CONTENT_LENGTH, 1);
    this.emit('garbage');
    if (next !== -1) return buffer.subarray(next);
    // The next header may have begun in the bytes received so far ("…garbage\r\n\r\nCont"): keep what could
    // be its start, past the last end of headers so the same bytes are never judged twice.
    const after = buffer.lastIndexOf(HEADER_END);
    return buffer.subarray(
      Math.max(after === -1 ? 0 : after + HEADER_END.length, buffer.length - (CONTENT_LENGTH.length - 1)),
    );
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
