// Small numeric and formatting helpers shared by the benchmark sections.
import { spawnSync } from 'node:child_process';

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

export const mb = (bytes) => (bytes / (1024 * 1024)).toFixed(2);
export const ms = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
export const ratio = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)) + '×';
export const thousands = (n) => Math.round(n).toLocaleString('en-US');

/**
 * Runs a node script in a child process and parses the last JSON line it prints. A crash (non-zero exit,
 * signal, or no JSON) is returned as { error } rather than thrown: "none may crash" is something we report.
 */
export function runChild(args, { timeout = 300_000, cwd, env } = {}) {
  const r = spawnSync(process.execPath, args, { cwd, env, encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
  const line = (r.stdout ?? '')
    .trim()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .at(-1);
  if (r.status !== 0 || !line) {
    const why = r.error?.message ?? (r.signal ? `killed by ${r.signal}` : `exit ${r.status}`);
    const tail = (r.stderr ?? '').trim().split('\n').slice(-3).join(' | ');
    return { error: `${why}${tail ? `: ${tail}` : ''}` };
  }
  return JSON.parse(line);
}

/** A Markdown table from a header row and rows of cells. */
export function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
