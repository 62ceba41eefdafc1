/**
 * The state in the URL's hash, so a link reproduces a document and its rule choices: JSON, deflated with the
 * browser's own CompressionStream, in base64url. `#v1.` versions the format so later changes can read old links.
 */
import { LANGUAGES } from './protocol.js';
import type { PlaygroundState } from './state.js';

const PREFIX = 'v1.';
/** A real calendar day as the page's date input gives it, YYYY-MM-DD (a link may hold anything). */
export function isDay(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value); // not 2026-02-30
}

async function through(
  bytes: Uint8Array<ArrayBuffer>,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array<ArrayBuffer>> {
  const out = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export async function encodeState(state: PlaygroundState): Promise<string> {
  const json = JSON.stringify({ t: state.text, l: state.language, p: state.preset, r: state.toggles, n: state.now });
  return PREFIX + toBase64Url(await through(new TextEncoder().encode(json), new CompressionStream('deflate-raw')));
}

/** The state a hash holds, or undefined when it holds none (or one this page cannot read). */
export async function decodeState(hash: string): Promise<PlaygroundState | undefined> {
  const body = hash.replace(/^#/, '');
  if (!body.startsWith(PREFIX)) return undefined;
  try {
    const json = new TextDecoder().decode(
      await through(fromBase64Url(body.slice(PREFIX.length)), new DecompressionStream('deflate-raw')),
    );
    const data = JSON.parse(json) as { t?: unknown; l?: unknown; p?: unknown; r?: unknown; n?: unknown };
    if (typeof data.t !== 'string' || (data.p !== 'recommended' && data.p !== 'strict')) return undefined;
    const toggles: Record<string, boolean> = {};
    if (typeof data.r === 'object' && data.r !== null) {
      for (const [id, on] of Object.entries(data.r)) if (typeof on === 'boolean') toggles[id] = on;
    }
    const language = LANGUAGES.find((l) => l === data.l) ?? 'markdown';
    // A date the page cannot use is dropped (the browser's clock then), rather than failing every lint.
    const now = isDay(data.n) ? data.n : undefined;
    return { text: data.t, language, preset: data.p, toggles, ...(now === undefined ? {} : { now }) };
  } catch {
    return undefined; // a damaged link opens the example instead of a broken page
  }
}
