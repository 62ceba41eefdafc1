import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findComments, readMarkdownPart } from '../../packages/core/src/document/markdown.js';
import { closingLine, partStarts, readMarkdown } from '../../packages/core/src/document/markdown-parts.js';
import { blankRange, readFrontMatter } from '../../packages/core/src/document/front-matter.js';

// Reading a Markdown text part by part (split at headings, parts cached by content) must give exactly what
// one markdown-it parse of the whole text gives.
function whole(text: string, language: 'markdown' | 'mdx' = 'markdown') {
  const { blocks, headings, code } = readMarkdownPart(text, language);
  return { blocks, headings, comments: findComments(text, code, language === 'mdx') };
}

/** readMarkdown without each block's `origin` (the cached part's block it was placed from), which one parse has not. */
function byParts(...args: Parameters<typeof readMarkdown>) {
  const read = readMarkdown(...args);
  return { ...read, blocks: read.blocks.map((block) => ({ ...block, origin: undefined })) };
}

const read = (dir: string, filter: (f: string) => boolean) =>
  readdirSync(fileURLToPath(new URL(dir, import.meta.url)))
    .filter(filter)
    .map((f) => ({
      name: `${dir}${f}`,
      text: readFileSync(fileURLToPath(new URL(`${dir}${f}`, import.meta.url)), 'utf8'),
    }));

const files = [
  ...read('../../examples/', (f) => f.endsWith('.md')),
  // Rule docs: fenced examples, headings right after fences.
  ...read('../../rules/', (f) => f.endsWith('.md')),
  ...read('../../', (f) => f.endsWith('.md')),
];

const tricky: Record<string, string> = {
  'a shell comment inside a fence looks like a heading':
    '# Fix\n\n```sh\nrun\n\n# not a heading\n\nmore\n```\n\n## After\n\ntext\n',
  'a fence never closed': '# A\n\n```\ncode\n\n# still code\n\n## also code\n',
  'a longer fence is closed only by as long a fence': '# A\n\n````\n```\n\n# code\n\n```\n````\n\n# B\n\ntext\n',
  'fences that close and reopen across many headings': `\`\`\`\n\n${Array.from({ length: 40 }, (_, i) => `# step ${i}\n\n\`\`\`\n\`\`\`\n\n`).join('')}# end\n\ntext\n`,
  'a tilde fence': '# A\n\n~~~\n\n# code\n\n~~~\n\n# B\n',
  'backticks in the info string make no fence': '# A\n\n```a`b\n\n# B\n\n```\n\n# C\n\ntext\n',
  'an HTML comment spans headings': '# A\n\n<!--\n\n# hidden\n\n-->\n\n# B\n\ntext <!-- inline\n\n# C\n\nstill -->\n',
  'a pre block spans headings': '# A\n\n<pre>\n\n# inside\n\n</pre>\n\n# B\n',
  'a fence inside a list item': '# A\n\n- item\n  ```\n  code\n\n# B\n\ntext\n',
  'a fence opened on the list marker line': '# A\n\n- ```\n  x\n\n# B\n\n- ```\n',
  'lists, quotes and tables end at a heading':
    '# A\n\n- a\n\n  b\n\n# B\n\n> q\n\n# C\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n# D\n',
  'not headings': '# A\n\n#hashtag\n\n####### seven\n\n    # indented code\n\n\t# tab\n\n # one space\n',
  'a heading with nothing after the hashes': '# A\n\n#\n\ntext\n\n##\n',
  CRLF: '# A\r\n\r\ntext\r\n\r\n## B\r\n\r\n- [ ] item\r\n\r\n```\r\n\r\n# code\r\n```\r\n\r\n# C\r\n',
  'blank lines of spaces and tabs': '# A\n\ntext\n \t \n# B\n\ntext\n',
  'a heading right after text (no blank line) is no cut': '# A\ntext\n# B\ntext\n',
  'setext headings': 'Title\n=====\n\ntext\n\nSub\n---\n\n# A\n',
};

// Lines that open, close or look like Markdown structure, for generated documents.
const line = fc.constantFrom(
  '# H',
  '## Timeline',
  '',
  '',
  '',
  '```',
  '````',
  '~~~',
  '```sh',
  '```a`b',
  '  ```',
  '- ```',
  '- item',
  '  - nested',
  '1. one',
  '> quote',
  '> # quoted heading',
  '<!--',
  '-->',
  '<pre>',
  '</pre>',
  '<div>',
  'text line',
  'a <!-- b',
  '    indented',
  '| a | b |',
  '|---|---|',
  '#tag',
  '\t# tab',
  '  # two spaces',
  '====',
  '---',
  '- [ ] task',
  ' \t ',
  '   ```',
  '    ```',
  '``` ',
  '```\t',
  '~~~~',
  '~~~ x',
  '```` ',
  '> ```',
  '<script>',
  '</script>',
);

describe('reading Markdown part by part', () => {
  for (const { name, text } of files) {
    it(`equals one parse of the whole text: ${name}`, () => {
      expect(byParts(text, 'markdown')).toEqual(whole(text));
    });
  }
  for (const [name, text] of Object.entries(tricky)) {
    it(`equals one parse of the whole text: ${name}`, () => {
      expect(byParts(text, 'markdown')).toEqual(whole(text));
      expect(byParts(text, 'mdx')).toEqual(whole(text, 'mdx'));
    });
  }

  it("past markdown-it's nesting limit, still reads the heading after the deep list as a heading", () => {
    // One parse of the whole text drops every line after the limit into the list (recovered as paragraphs).
    const text = `# A\n\n${Array.from({ length: 120 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')}\n\n# B\n\ntext\n`;
    expect(readMarkdown(text, 'markdown').headings.map((h) => h.text)).toEqual(['A', 'B']);
    expect(whole(text).headings.map((h) => h.text)).toEqual(['A']);
    expect(readMarkdown(text, 'markdown').blocks.filter((b) => b.text.startsWith('level')).length).toBe(120);
  });

  it('finds the line that closes a fence as CommonMark does', () => {
    const text = 'x\n    ```\n~~~\n``\n```js\n   ````  \t\nafter\n';
    expect(text.slice(closingLine(text, 0, '```'))).toBe('after\n');
    expect(text.slice(closingLine(text, 0, '~~~'))).toBe('``\n```js\n   ````  \t\nafter\n');
    expect(closingLine(text, 0, '`````')).toBe(-1);
    expect(closingLine('a\r\n```\r\nb', 0, '```')).toBe('a\r\n```\r\n'.length);
  });

  it('cuts at headings after a blank line, and only there', () => {
    const text = '# A\n\ntext\n## no cut\n\n## B\n\n#no\n\n### C\n';
    expect(partStarts(text).map((at) => text.slice(at, text.indexOf('\n', at)))).toEqual(['# A', '## B', '### C']);
  });

  it('equals one parse of the whole text on generated documents', () => {
    fc.assert(
      fc.property(generated(line), (text) => {
        expect(byParts(text, 'markdown')).toEqual(whole(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads front matter as blank lines, as a parse of the text with it blanked does', () => {
    // Lines a YAML block may hold that would mean something to Markdown: a comment like a heading, a fence, an
    // HTML comment, a list.
    const yaml = fc.constantFrom('title: x', '# a yaml comment', '', '```', '<!--', '-->', '- item', '## h', 'k: "`"');
    const frontMatter = fc
      .tuple(fc.array(yaml, { maxLength: 6 }), fc.constantFrom('---', '...'), fc.constantFrom('', '\n'))
      .map(([lines, close, gap]) => `---\n${lines.map((l) => `${l}\n`).join('')}${close}\n${gap}`);
    fc.assert(
      fc.property(frontMatter, generated(line), (fm, body) => {
        const text = fm + body;
        const range = readFrontMatter(text);
        if (!range) return;
        const blanked = blankRange(text, range.start, range.end);
        expect(byParts(text, 'markdown', range)).toEqual(whole(blanked));
        expect(byParts(text, 'mdx', range)).toEqual(whole(blanked, 'mdx'));
      }),
      { numRuns: 2000 },
    );
  });
});

function generated(line: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
    .map(([lines, eol, trailing]) => lines.join(eol) + (trailing ? eol : ''));
}
