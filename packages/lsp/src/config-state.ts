import { dirname, isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, MessageType, type Connection } from 'vscode-languageserver/node.js';
import { SOURCE } from './convert.js';
import {
  clearConfigCache,
  defaultConfig,
  isConfigError,
  loadFileConfig,
  type ResolvedConfig,
  type UserConfig,
} from './library.js';
import type { Settings } from './settings.js';

/**
 * Config for each document, as the library finds it, plus the editor's settings. A broken config file
 * becomes a diagnostic on that file and one message to the user; documents keep linting with the last
 * config that loaded in their folder (or the defaults), so a half-typed edit never blanks the editor.
 */
export class ConfigState {
  private readonly lastGood = new Map<string, ResolvedConfig>();
  /** Errors already told to the user, by config file (one message per distinct error, not per keystroke). */
  private readonly told = new Map<string, string>();
  /** Config files with a published error diagnostic. */
  private readonly flagged = new Set<string>();
  /** Bumped whenever config may have changed: results computed under an older generation are stale. */
  generation = 0;

  constructor(
    private readonly connection: Connection,
    private readonly cwd: () => string | undefined,
  ) {}

  resolve(filePath: string | undefined, settings: Settings): ResolvedConfig {
    let overrides = settingsConfig(settings);
    for (;;) {
      try {
        if (!filePath) return defaultConfig(overrides);
        const config = loadFileConfig(filePath, this.cwd(), overrides);
        this.lastGood.set(dirname(filePath), config);
        return config;
      } catch (error) {
        if (!isConfigError(error)) throw error;
        if (overrides && !isAbsolute(error.file)) {
          // The editor settings are what is wrong: say so once, lint with the files' config alone.
          this.badSettings(error);
          overrides = undefined;
          continue;
        }
        this.report(error);
        return (filePath && this.lastGood.get(dirname(filePath))) || defaultConfig(undefined);
      }
    }
  }

  /**
   * The settings as a config for the workspace command's `lintFiles` (merged after the config files, as
   * for open documents), or undefined when there are none or they are invalid (told once, as above).
   */
  workspaceOverrides(settings: Settings): UserConfig | undefined {
    const overrides = settingsConfig(settings);
    try {
      if (overrides) defaultConfig(overrides); // validates
      return overrides;
    } catch (error) {
      if (!isConfigError(error)) throw error;
      this.badSettings(error);
      return undefined;
    }
  }

  private badSettings(error: { key?: string; problem: string }): void {
    this.tell('settings', `blameless-lint settings: ${error.key ? `${error.key}: ` : ''}${error.problem}`);
  }

  private report(error: { file: string; message: string; line?: number; column?: number }): void {
    if (isAbsolute(error.file)) {
      const line = Math.max((error.line ?? 1) - 1, 0);
      const character = Math.max((error.column ?? 1) - 1, 0);
      this.flagged.add(error.file);
      void this.connection.sendDiagnostics({
        uri: pathToFileURL(error.file).href,
        diagnostics: [
          {
            range: { start: { line, character }, end: { line, character: character + 1 } },
            severity: DiagnosticSeverity.Error,
            source: SOURCE,
            code: 'config',
            message: error.message,
          },
        ],
      });
    }
    this.tell(error.file, `blameless-lint: ${error.message} (the last valid configuration stays in use)`);
  }

  private tell(key: string, message: string): void {
    if (this.told.get(key) === message) return;
    this.told.set(key, message);
    void this.connection.sendNotification('window/showMessage', { type: MessageType.Error, message });
  }

  /** Config files changed on disk: forget cached configs and errors; the next lint re-reports what is still broken. */
  invalidate(): void {
    clearConfigCache();
    this.generation++;
    for (const file of this.flagged)
      void this.connection.sendDiagnostics({ uri: pathToFileURL(file).href, diagnostics: [] });
    this.flagged.clear();
    this.told.clear();
  }

  /** Settings changed: results are stale, and a settings error may be gone. */
  settingsChanged(): void {
    this.generation++;
    this.told.delete('settings');
  }
}

/** The settings that change findings, as a config applied after the config files (the library's `overrides`). */
function settingsConfig(settings: Settings): UserConfig | undefined {
  if (!Object.keys(settings.rules).length && !settings.people.length && !settings.teams.length) return undefined;
  return { rules: settings.rules, people: settings.people, teams: settings.teams };
}
