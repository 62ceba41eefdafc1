import { extname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Diagnostic as LspDiagnostic, WorkspaceFolder } from 'vscode-languageserver/node.js';
import { failureDiagnostic, toLspDiagnostic } from './convert.js';
import type { FileResult } from './library.js';
import { MAX_DIAGNOSTICS } from './linter.js';
import type { Settings } from './settings.js';

/** Workspace folders as paths, kept current through didChangeWorkspaceFolders. */
export class Folders {
  private paths: string[] = [];

  set(folders: readonly WorkspaceFolder[] | null | undefined, rootUri?: string | null, rootPath?: string | null): void {
    const uris = folders?.map((f) => f.uri) ?? (rootUri ? [rootUri] : []);
    this.paths = uris.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
    if (!this.paths.length && rootPath) this.paths = [rootPath];
  }

  change(added: readonly WorkspaceFolder[], removed: readonly WorkspaceFolder[]): void {
    const gone = new Set(removed.map((f) => f.uri));
    const kept = this.paths.filter((p) => !gone.has(pathToFileURL(p).href));
    this.paths = [...kept, ...added.filter((f) => f.uri.startsWith('file:')).map((f) => fileURLToPath(f.uri))];
  }

  all(): string[] {
    return [...this.paths];
  }

  root(): string | undefined {
    return this.paths[0];
  }
}

/** The language id an editor would give a file the CLI finds, so `languages` applies to both alike. */
function languageIdOf(path: string): string {
  const ext = extname(path).toLowerCase();
  if (ext === '.mdx') return 'mdx';
  if (ext === '.txt' || ext === '.text') return 'plaintext';
  return 'markdown';
}

export interface WorkspaceFileReport {
  uri: string;
  diagnostics: LspDiagnostic[];
}

/**
 * Lints every file the CLI would lint in each folder (same discovery, ignores and config lookup: the
 * library's `lintFiles`), keeping the files whose language the settings enable.
 */
export async function lintWorkspace(
  folders: readonly string[],
  settingsFor: (folder: string) => Promise<Settings>,
  lintFolder: (folder: string, settings: Settings) => Promise<FileResult[]>,
): Promise<WorkspaceFileReport[]> {
  const reports: WorkspaceFileReport[] = [];
  for (const folder of folders) {
    const settings = await settingsFor(folder);
    if (!settings.enable) continue;
    const results = await lintFolder(folder, settings);
    for (const result of results) {
      const path = resolve(folder, result.path);
      if (!settings.languages.includes(languageIdOf(path))) continue;
      const diagnostics = result.error
        ? [failureDiagnostic(`blameless-lint could not lint this file: ${result.error}`)]
        : result.diagnostics.slice(0, MAX_DIAGNOSTICS).map((d) => toLspDiagnostic(d));
      reports.push({ uri: pathToFileURL(path).href, diagnostics });
    }
  }
  return reports;
}
