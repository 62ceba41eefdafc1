/**
 * Config text -> plain data. JSON and YAML only: config is data, never code, so nothing here can
 * require, import or evaluate anything (YAML custom tags are not resolved to functions by `yaml`).
 * Syntax errors become ConfigErrors that name the file, the line and the column.
 */
import { parseDocument } from 'yaml';
import { ConfigError } from './errors.js';
import { jsonErrorOffset } from './json-position.js';

type ConfigFormat = 'json' | 'yaml';

/** The format of a config file by its name: `.json` is JSON, anything else YAML (a superset of JSON). */
export function formatOf(path: string): ConfigFormat {
  return /\.json$/i.test(path) ? 'json' : 'yaml';
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: Math.min(offset, text.length) - lineStart + 1 };
}

function parseJson(text: string, file: string, displayFile?: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    // V8's wording is kept, without its position or the quoted snippet (which differ between Node
    // versions); the place comes from our own scanner, so every Node version reports the same line.
    const raw = error instanceof Error ? error.message : String(error);
    const reason = raw
      .replace(/\s*\(line \d+ column \d+\)/, '')
      .replace(/\s*in JSON at position \d+/, '')
      .replace(/, (\.\.\.)?"[\s\S]*" is not valid JSON$/, '');
    const offset = jsonErrorOffset(text);
    const at = lineAndColumn(text, offset);
    throw new ConfigError(file, '', `invalid JSON: ${reason}`, { displayFile, ...at, cause: error });
  }
}

function parseYaml(text: string, file: string, displayFile?: string): unknown {
  // uniqueKeys (default) makes a repeated key an error instead of a silent override.
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    const at = error.linePos?.[0];
    throw new ConfigError(file, '', `invalid YAML: ${reason}`, {
      displayFile,
      line: at?.line,
      column: at?.col,
      cause: error,
    });
  }
  // maxAliasCount bounds alias expansion ("billion laughs"); an empty file is an empty config.
  try {
    return doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (cause) {
    throw new ConfigError(file, '', `invalid YAML: ${cause instanceof Error ? cause.message : String(cause)}`, {
      displayFile,
      cause,
    });
  }
}

/** Parses config text. A leading BOM is ignored (editors on Windows write one). */
export function parseConfigText(text: string, format: ConfigFormat, file: string, displayFile?: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return format === 'json' ? parseJson(body, file, displayFile) : parseYaml(body, file, displayFile);
}
