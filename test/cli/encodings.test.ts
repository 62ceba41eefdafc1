import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STALE, runCli, tempTree } from './run-cli.js';

// UTF-16 text (what Windows tools such as PowerShell's Out-File write) is full of NUL bytes, which would
// mark it binary. A UTF-16 byte order mark says it is text: it is decoded and linted, positions as an
// editor counts them (the BOM is one character, as for UTF-8).
const DOC = `\ufeff# Cache eviction storm\n\n${STALE}\nThe cache evicted hot keys.\n`;
const le = Buffer.from(DOC, 'utf16le');
const be = Buffer.from(DOC, 'utf16le').swap16();

let tree: ReturnType<typeof tempTree>;
beforeAll(() => {
  tree = tempTree({
    'u16/le.md': le,
    'u16/be.md': be,
    // A UTF-32 BOM (FF FE 00 00) is not UTF-16: still binary.
    'u32/wide.md': Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from('#\0\0\0')]),
    // An odd byte at the end cannot be UTF-16: decoded with U+FFFD and said so.
    'odd/cut.md': Buffer.concat([le, Buffer.from([0x41])]),
  });
});
afterAll(() => tree.remove());

describe('UTF-16 with a byte order mark', () => {
  it('is read as text and linted, little- and big-endian alike, with the positions of the UTF-8 file', () => {
    const r = runCli(['-f', 'compact', 'u16'], { cwd: tree.dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^u16\/be\.md:3:1: warning .*\[unused-suppression\]\nu16\/le\.md:3:1: warning .*\[unused-suppression\]\n$/,
    );
    const utf8 = tempTree({ 'u8.md': DOC });
    try {
      const json = (cwd: string, path: string) =>
        JSON.parse(runCli(['-f', 'json', path], { cwd }).stdout).files[0].diagnostics;
      expect(json(tree.dir, 'u16/le.md')).toEqual(json(utf8.dir, 'u8.md'));
    } finally {
      utf8.remove();
    }
  });

  it('a --cache re-run replays the findings without a false "invalid UTF-8" notice', () => {
    const args = ['-f', 'compact', '--cache-location', 'u16-cache', 'u16'];
    const first = runCli(args, { cwd: tree.dir });
    const written = statSync(join(tree.dir, 'u16-cache')).mtimeMs;
    const again = runCli(args, { cwd: tree.dir });
    expect(statSync(join(tree.dir, 'u16-cache')).mtimeMs).toBe(written);
    expect(again).toEqual(first);
    expect(readFileSync(join(tree.dir, 'u16-cache'), 'utf8')).toContain('"ruleId":"unused-suppression"');
  });

  it('UTF-32 stays binary; UTF-16 cut short is linted with a notice', () => {
    const wide = runCli(['-f', 'compact', 'u32'], { cwd: tree.dir });
    expect(wide.stderr).toBe('blameless-lint: u32/wide.md: skipped: binary file (it contains a NUL byte)\n');
    const cut = runCli(['-f', 'compact', 'odd'], { cwd: tree.dir });
    expect(cut.stderr).toBe(
      'blameless-lint: odd/cut.md: invalid UTF-16LE: undecodable bytes were replaced with U+FFFD\n',
    );
    expect(cut.stdout).toMatch(/^odd\/cut\.md:3:1: warning /);
  });
});
