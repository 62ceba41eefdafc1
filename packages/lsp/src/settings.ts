import type { Connection } from 'vscode-languageserver/node.js';
import type { RuleSetting } from '@blameless-lint/core';

/**
 * Client settings under `blameless-lint.*`. They flow one documented path: the client's
 * configuration -> `workspace/configuration` per document -> this cache, dropped on
 * `workspace/didChangeConfiguration` (the vscode-eslint model).
 */
export interface Settings {
  enable: boolean;
  /** Rule settings layered over the config files' rules (same syntax as `rules` in .blamelessrc). */
  rules: Record<string, RuleSetting>;
  /** Appended to the config files' `people`. */
  people: string[];
  /** Appended to the config files' `teams`. */
  teams: string[];
  /**
   * Language ids the server lints. `markdown` (and `gfm`, Emacs' name for it) and `mdx` keep their syntax;
   * any other id is linted as plain text. Editors name plain text differently (`plaintext`, `text`).
   */
  languages: string[];
  /** Milliseconds of quiet after a change before the document is linted. */
  debounce: number;
  run: 'onType' | 'onSave';
}

export const defaultSettings: Settings = {
  enable: true,
  rules: {},
  people: [],
  teams: [],
  languages: ['markdown', 'gfm', 'plaintext', 'text'],
  debounce: 100,
  run: 'onType',
};

const strings = (value: unknown): string[] | undefined =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;

/** Clients send whatever their users typed: keep what is well-formed, default the rest, never throw. */
function normalizeSettings(raw: unknown): Settings {
  const r = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const debounce =
    typeof r.debounce === 'number' && Number.isFinite(r.debounce)
      ? Math.min(Math.max(r.debounce, 0), 10_000)
      : defaultSettings.debounce;
  const rules =
    r.rules && typeof r.rules === 'object' && !Array.isArray(r.rules) ? (r.rules as Record<string, RuleSetting>) : {};
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : defaultSettings.enable,
    rules,
    people: strings(r.people) ?? [],
    teams: strings(r.teams) ?? [],
    languages: strings(r.languages) ?? defaultSettings.languages,
    debounce,
    run: r.run === 'onSave' ? 'onSave' : 'onType',
  };
}

/** Settings may arrive as `{ "blameless-lint": {...} }` (didChangeConfiguration, initializationOptions) or bare. */
function unwrapSettings(payload: unknown): unknown {
  if (payload && typeof payload === 'object' && 'blameless-lint' in payload)
    return (payload as Record<string, unknown>)['blameless-lint'];
  return payload;
}

/** Per-URI settings cache. Pulls from the client when it supports `workspace/configuration`, else uses pushed settings. */
export class SettingsCache {
  private readonly byUri = new Map<string, Promise<Settings>>();
  private pushed: Settings;

  constructor(
    private readonly connection: Connection,
    private readonly canPull: boolean,
    initial: unknown,
  ) {
    this.pushed = normalizeSettings(unwrapSettings(initial));
  }

  get(uri: string): Promise<Settings> {
    if (!this.canPull) return Promise.resolve(this.pushed);
    let settings = this.byUri.get(uri);
    if (!settings) {
      settings = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'blameless-lint' }).then(
        // Clients answer null for a section they know nothing about (neovim without `settings`).
        (raw) => (raw == null ? this.pushed : normalizeSettings(raw)),
        // A client that fails the request still gets linted, with defaults.
        () => this.pushed,
      );
      this.byUri.set(uri, settings);
    }
    return settings;
  }

  /** didChangeConfiguration: drop everything; clients that push settings send them here. */
  changed(payload: unknown): void {
    this.byUri.clear();
    const raw = unwrapSettings(payload);
    if (raw && typeof raw === 'object') this.pushed = normalizeSettings(raw);
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }
}
