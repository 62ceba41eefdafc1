#!/usr/bin/env node
// The step of the GitHub Action (action.yml at the repository root): lints with the CLI of this checkout,
// reports as annotations or as a SARIF file, optionally fails on overdue action items, and writes the step's
// outputs ($GITHUB_OUTPUT) and a job summary ($GITHUB_STEP_SUMMARY). Plain Node, no dependency: it runs
// before anything else is installed. Exit code: 0 pass, 1 findings fail the step, 2 a file or the setup failed.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const core = join(dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'core');
const CLI = join(core, 'bin', 'blameless-lint.cjs');
/** Findings listed in the job summary; the rest are counted (the summary is capped at 1 MiB by GitHub). */
const SUMMARY_ROWS = 50;

/** An input as GitHub passes it to an action: INPUT_<NAME>, upper case, spaces as `_` (hyphens kept). */
export function input(env, name) {
  const key = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
  // Some runners and shells cannot set a name with a hyphen: accept the underscore spelling too.
  return (env[key] ?? env[key.replace(/-/g, '_')] ?? '').trim();
}

/** The inputs, checked. Throws an Error whose message is what to tell the user. */
export function readInputs(env) {
  const raw = input(env, 'paths');
  // One path or glob per line; on a single line, separated by spaces (a path with spaces needs its own line).
  const paths = (raw.includes('\n') ? raw.split('\n') : raw.split(/\s+/)).map((p) => p.trim()).filter(Boolean);
  const format = input(env, 'format') || 'annotations';
  if (format !== 'annotations' && format !== 'sarif') throw new Error(`input format: "${format}" is not annotations or sarif`);
  const maxWarnings = input(env, 'max-warnings');
  if (maxWarnings !== '' && !/^\d+$/.test(maxWarnings)) throw new Error(`input max-warnings: "${maxWarnings}" is not a whole number >= 0`);
  return {
    paths: paths.length > 0 ? paths : ['.'],
    format,
    sarifFile: input(env, 'sarif-file') || 'blameless-lint.sarif',
    maxWarnings: maxWarnings === '' ? undefined : Number(maxWarnings),
    failOnOverdue: boolean(input(env, 'fail-on-overdue'), 'fail-on-overdue'),
    config: input(env, 'config') || undefined,
  };
}

/** As @actions/core's getBooleanInput: the YAML 1.2 core schema's words; empty is false. */
function boolean(text, name) {
  if (['true', 'True', 'TRUE'].includes(text)) return true;
  if (['false', 'False', 'FALSE', ''].includes(text)) return false;
  throw new Error(`input ${name}: "${text}" is not true or false`);
}

function cli(args, cwd) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.error) throw r.error;
  return { code: r.status ?? 2, stdout: r.stdout };
}

/** Runs the action in `cwd` with `env` (GitHub's variables); resolves to the exit code. */
export async function run(env, cwd, stdout = process.stdout) {
  let inputs;
  try {
    inputs = readInputs(env);
  } catch (error) {
    stdout.write(`::error title=blameless-lint::${escape(error.message)}\n`);
    return 2;
  }
  const common = inputs.config ? ['--config', inputs.config] : [];
  const limit = inputs.maxWarnings === undefined ? [] : ['--max-warnings', String(inputs.maxWarnings)];
  const lint = cli([...inputs.paths, '--format', 'json', ...common, ...limit], cwd);
  let report;
  try {
    report = JSON.parse(lint.stdout);
  } catch {
    stdout.write('::error title=blameless-lint::the linter gave no report (see the log above)\n');
    return 2;
  }
  const { format, rules } = await import(pathToFileURL(join(core, 'dist', 'index.js')).href);
  const version = JSON.parse(readFileSync(join(core, 'package.json'), 'utf8')).version;
  const outputs = { errors: report.summary.errors, warnings: report.summary.warnings, infos: report.summary.infos, files: report.summary.files };
  if (inputs.format === 'sarif') {
    writeFileSync(resolve(cwd, inputs.sarifFile), format(report.files, 'sarif', { cwd, rules, version }));
    outputs['sarif-file'] = inputs.sarifFile;
  } else {
    stdout.write(format(report.files, 'github', { cwd }));
  }
  let code = lint.code;
  let overdue;
  if (inputs.failOnOverdue) {
    const actions = cli(['actions', ...inputs.paths, '--format', 'json', ...common], cwd);
    try {
      overdue = JSON.parse(actions.stdout).filter((row) => row.status === 'overdue');
    } catch {
      overdue = [];
      code = 2;
    }
    outputs.overdue = overdue.length;
    if (actions.code === 2) code = 2;
    else if (overdue.length > 0) code = Math.max(code, 1);
    for (const row of overdue) stdout.write(`::error file=${property(row.document)},line=${row.line},title=overdue action item::${escape(`Overdue since ${row.due}: ${row.item}`)}\n`);
  }
  for (const [name, value] of Object.entries(outputs)) setOutput(env, name, String(value));
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, summary(report, inputs, overdue));
  if (lint.code === 1) {
    const why = report.summary.errors > 0 ? `${report.summary.errors} error(s)` : `${report.summary.warnings} warnings, more than max-warnings ${inputs.maxWarnings}`;
    stdout.write(`::error title=blameless-lint::${escape(why)}\n`);
  }
  return code;
}

/** `name<<DELIMITER` form: safe for any value (the runner's own toolkit writes it so). */
function setOutput(env, name, value) {
  if (!env.GITHUB_OUTPUT) return;
  const delimiter = `ghadelimiter_${randomUUID()}`;
  appendFileSync(env.GITHUB_OUTPUT, `${name}<<${delimiter}\n${value}\n${delimiter}\n`);
}

function summary(report, inputs, overdue) {
  const s = report.summary;
  const lines = ['## blameless-lint', ''];
  lines.push(`**${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos** in ${s.files} files${inputs.maxWarnings === undefined ? '' : ` (max-warnings ${inputs.maxWarnings})`}.`, '');
  const rows = report.files.flatMap((f) => (f.error !== undefined ? [[f.path, '', 'error', '', f.error]] : f.diagnostics.map((d) => [f.path, String(d.range.start.line), d.severity, `[${d.ruleId}](${d.url})`, d.message])));
  if (rows.length > 0) {
    lines.push('| file | line | severity | rule | message |', '|---|---|---|---|---|');
    for (const row of rows.slice(0, SUMMARY_ROWS)) lines.push(`| ${row.map(cell).join(' | ')} |`);
    if (rows.length > SUMMARY_ROWS) lines.push('', `… and ${rows.length - SUMMARY_ROWS} more (see the annotations or the SARIF file).`);
    lines.push('');
  }
  if (overdue !== undefined) {
    lines.push('### Overdue action items', '');
    if (overdue.length === 0) lines.push('None.');
    else {
      lines.push('| document | line | item | owner | due |', '|---|---|---|---|---|');
      for (const r of overdue) lines.push(`| ${[r.document, String(r.line), r.item, r.owner ?? '', r.due ?? ''].map(cell).join(' | ')} |`);
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

/** A Markdown table cell: pipes escaped, one line. */
const cell = (text) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n|\r/g, ' ');
/** A workflow command's message: the runner unescapes %25, %0D and %0A. */
const escape = (text) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** A workflow command's property value: also `:` and `,`, which separate properties. */
const property = (text) => escape(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  run(process.env, process.cwd()).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stdout.write(`::error title=blameless-lint::${escape(String(error?.stack ?? error))}\n`);
      process.exitCode = 2;
    },
  );
}
