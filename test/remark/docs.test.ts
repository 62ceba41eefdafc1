import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { tempTree } from '../cli/run-cli.js';
import { remarkProject, repo, runRemark } from './run-remark.js';

// The snippets the READMEs give for remark-cli and unified work as printed.
const readme = readFileSync(join(repo, 'README.md'), 'utf8');
const packageReadme = readFileSync(join(repo, 'packages', 'remark-blameless', 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## unified and remark'));
const block = (text: string, lang: string) => new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(text)![1]!;
const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((f) => f()));

const INCIDENT = 'The outage was human error.\n';

describe('remark-blameless docs', () => {
  it('the .remarkrc.json of the README runs in remark-cli', () => {
    const tree = remarkProject({ '.remarkrc.json': block(section, 'json'), 'incident.md': INCIDENT });
    cleanups.push(tree.remove);
    const run = runRemark(['incident.md'], tree.dir);
    expect(run.report[0]!.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual(['1:16 human-error']);
  }, 90_000);

  it('the unified snippet (the same in both READMEs) prints the findings', () => {
    const snippet = block(section.slice(section.indexOf('unified:')), 'js');
    expect(block(packageReadme.slice(packageReadme.indexOf('## unified')), 'js')).toBe(snippet);
    const tree = tempTree({ 'snippet.mjs': snippet, 'incident.md': INCIDENT });
    cleanups.push(tree.remove);
    symlinkSync(join(repo, 'node_modules'), join(tree.dir, 'node_modules'), 'dir'); // the packages as installed here
    const run = spawnSync(process.execPath, ['snippet.mjs'], { cwd: tree.dir, encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^1:16 human-error: "human error" names a person as the cause/);
  }, 90_000);
});
