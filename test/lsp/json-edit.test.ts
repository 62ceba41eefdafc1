// The JSON half of the add-to-config quick fix: one insertion, laid out like its siblings, or a refusal.
import { applyEdits } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { addToJsonList } from '../../packages/lsp/src/json-edit.js';

const add = (text: string, path: string[]) => {
  const result = addToJsonList(text, path, 'Kim');
  return result && 'edits' in result ? applyEdits(text, result.edits) : result;
};

describe('addToJsonList', () => {
  it.each([
    ['one line, one entry', '{"people": ["Sam"]}', ['people'], '{"people": ["Sam", "Kim"]}'],
    [
      'spacing copied from the last two entries',
      '{"people": [ "Sam" ,"Lee"]}',
      ['people'],
      '{"people": [ "Sam" ,"Lee" ,"Kim"]}',
    ],
    [
      'one entry a line',
      '{\n  "people": [\n    "Sam"\n  ]\n}\n',
      ['people'],
      '{\n  "people": [\n    "Sam",\n    "Kim"\n  ]\n}\n',
    ],
    ['an empty list', '{"people": []}', ['people'], '{"people": ["Kim"]}'],
    [
      'missing objects on the way, after a sibling on its own line',
      '{\n\t"rules": {}\n}\n',
      ['vocabulary', 'accept'],
      '{\n\t"rules": {},\n\t"vocabulary": {"accept":["Kim"]}\n}\n',
    ],
    ['an empty file object', '{}', ['people'], '{"people": ["Kim"]}'],
    [
      'CRLF line ends',
      '{\r\n  "people": [\r\n    "Sam"\r\n  ]\r\n}\r\n',
      ['people'],
      '{\r\n  "people": [\r\n    "Sam",\r\n    "Kim"\r\n  ]\r\n}\r\n',
    ],
  ])('inserts into %s', (_, text, path, expected) => {
    expect(add(text, path)).toBe(expected);
  });

  it('does nothing when the value is already there', () => {
    expect(add('{"people": ["Kim"]}', ['people'])).toBeNull();
  });

  it.each([
    ['invalid JSON', '{"people": ["Sam",]}', ['people'], 'it is not valid JSON'],
    ['JSON with a comment (core reads strict JSON)', '{"people": [] // team\n}', ['people'], 'it is not valid JSON'],
    [
      'a repeated key on the path (JSON.parse keeps the last)',
      '{"people": [], "people": ["Sam"]}',
      ['people'],
      '"people" appears 2 times in the file',
    ],
    ['a value that is not a list', '{"people": "Sam"}', ['people'], 'people is not a list'],
    [
      'a value on the path that is not an object',
      '{"blameless": []}',
      ['blameless', 'people'],
      'blameless is not an object',
    ],
  ])('refuses %s', (_, text, path, reason) => {
    expect(addToJsonList(text, path, 'Kim')).toEqual({ refused: reason });
  });
});
