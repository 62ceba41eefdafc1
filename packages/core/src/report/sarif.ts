import type { Diagnostic, Severity } from '../types.js';
import { rules as builtinRules } from '../rules/index.js';
import type { RuleMeta } from '../rules/types.js';
import type { FileResult, FormatOptions, Formatter } from './types.js';

// SARIF 2.1.0 as GitHub code scanning reads it: rules with help, results with a region each.
// https://docs.github.com/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning
const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/blameless-lint/blameless-lint';
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri: string;
  help: { text: string; markdown: string };
  defaultConfiguration: { level: 'error' | 'warning' | 'note' };
  properties: { tags: string[] };
}

export const sarif: Formatter = (results, options) => {
  const cwd = options.cwd ?? (typeof process === 'undefined' ? undefined : process.cwd());
  const rules = driverRules(results, options);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const sarifResults = [];
  const notifications = [];
  for (const result of results) {
    const uri = toUri(result.path, cwd);
    if (result.error !== undefined) {
      notifications.push({
        level: 'error',
        message: { text: `${result.path}: ${result.error}` },
        locations: [{ physicalLocation: { artifactLocation: artifact(uri) } }],
      });
    }
    for (const d of result.diagnostics) sarifResults.push(toResult(d, uri, index.get(d.ruleId) ?? 0));
  }
  const run: Record<string, unknown> = {
    tool: {
      driver: {
        name: 'blameless-lint',
        informationUri: INFORMATION_URI,
        ...(options.version ? { version: options.version, semanticVersion: options.version } : {}),
        rules,
      },
    },
    invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
    results: sarifResults,
    columnKind: 'utf16CodeUnits',
  };
  if (cwd !== undefined) run.originalUriBaseIds = { '%SRCROOT%': { uri: directoryUri(cwd) } };
  return `${JSON.stringify({ $schema: SCHEMA, version: '2.1.0', runs: [run] }, null, 2)}\n`;
};

function toResult(d: Diagnostic, uri: string, ruleIndex: number) {
  const { start, end } = d.range;
  return {
    ruleId: d.ruleId,
    ruleIndex,
    level: LEVEL[d.severity],
    message: { text: d.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifact(uri),
          // SARIF columns are 1-based UTF-16 units and endColumn is exclusive: the same as our ranges.
          region: {
            startLine: start.line,
            startColumn: start.column,
            endLine: end.line,
            endColumn: end.column,
            charOffset: start.offset,
            charLength: end.offset - start.offset,
          },
        },
      },
    ],
  };
}

/** Every known rule (default: the built-in ones, so code scanning knows rules without alerts), then any rule seen only in results. */
function driverRules(results: readonly FileResult[], options: FormatOptions): SarifRule[] {
  const out: SarifRule[] = [];
  const seen = new Set<string>();
  for (const meta of options.rules ?? builtinRules) {
    seen.add(meta.id);
    out.push(fromMeta(meta));
  }
  for (const result of results) {
    for (const d of result.diagnostics) {
      if (seen.has(d.ruleId)) continue;
      seen.add(d.ruleId);
      const text = d.note ?? d.message;
      out.push({
        id: d.ruleId,
        name: d.ruleId,
        shortDescription: { text: d.ruleId },
        fullDescription: { text },
        helpUri: d.url,
        help: { text: `${text}\n${d.url}`, markdown: `${text}\n\n[Documentation](${d.url})` },
        defaultConfiguration: { level: LEVEL[d.severity] },
        properties: { tags: ['blameless-lint'] },
      });
    }
  }
  return out;
}

function fromMeta(meta: RuleMeta): SarifRule {
  return {
    id: meta.id,
    name: meta.id,
    shortDescription: { text: meta.description },
    fullDescription: { text: firstParagraph(meta.docs) ?? meta.description },
    helpUri: meta.url,
    help: { text: meta.docs || meta.description, markdown: meta.docs || meta.description },
    defaultConfiguration: { level: LEVEL[meta.defaultSeverity] },
    properties: { tags: ['blameless-lint', meta.scope] },
  };
}

/** The first paragraph of prose in a rule's docs (skipping headings and fences), joined into one line. */
export function firstParagraph(markdown: string): string | undefined {
  const lines: string[] = [];
  for (const line of markdown.split(/\r?\n/)) {
    const t = line.trim();
    if (t === '') {
      if (lines.length > 0) break;
      continue;
    }
    if (/^(#|```|~~~|<!--|[-*|>])/.test(t)) {
      if (lines.length > 0) break;
      continue;
    }
    lines.push(t);
  }
  return lines.length > 0 ? lines.join(' ') : undefined;
}

/** A relative URI reference (forward slashes, each segment percent-encoded) for a path inside `cwd`. */
export function toUri(path: string, cwd: string | undefined): string {
  let p = path.replace(/\\/g, '/');
  const base = cwd?.replace(/\\/g, '/').replace(/\/+$/, '');
  if (base && p.startsWith(`${base}/`)) p = p.slice(base.length + 1);
  if (p.startsWith('./')) p = p.slice(2);
  const absolute = p.startsWith('/');
  const encoded = p.split('/').map(encodeURIComponent).join('/');
  return absolute ? `file://${encoded}` : encoded;
}

/** Relative URIs resolve against the run's %SRCROOT% (the working folder); absolute ones stand alone. */
function artifact(uri: string): { uri: string; uriBaseId?: string } {
  return uri.startsWith('file:') ? { uri } : { uri, uriBaseId: '%SRCROOT%' };
}

function directoryUri(dir: string): string {
  const p = dir.replace(/\\/g, '/').replace(/\/+$/, '');
  const encoded = p.split('/').map(encodeURIComponent).join('/');
  return `file://${encoded.startsWith('/') ? '' : '/'}${encoded}/`;
}
