/**
 * A real VS Code workbench for the end-to-end test: code-server 4.100.3 from the cache that
 * install-code-server.sh fills, with its own user-data, extensions and XDG folders, started as its
 * own process group so that stopping it stops every child (extension host, language server).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** Installs code-server on first use (about half a minute) and returns its entry script. */
export function ensureCodeServer(): string {
  const out = execFileSync('sh', [join(here, 'install-code-server.sh')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return out.trim().split('\n').pop()!;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** User settings that keep the workbench quiet and deterministic: no welcome page, tips or updates. */
const userSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.colorTheme': 'Default Light Modern',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'editor.minimap.enabled': false,
  'editor.stickyScroll.enabled': false,
  'editor.quickSuggestions': { other: 'off', comments: 'off', strings: 'off' },
  'editor.wordBasedSuggestions': 'off',
  'editor.suggestOnTriggerCharacters': false,
  'editor.hover.delay': 200,
  // Text typed or inserted by the test lands exactly as given.
  'editor.autoClosingBrackets': 'never',
  'editor.autoClosingQuotes': 'never',
  'editor.autoSurround': 'never',
  'editor.autoIndent': 'none',
  'editor.formatOnType': false,
  'files.autoSave': 'off',
  'window.restoreWindows': 'none',
  'chat.commandCenter.enabled': false,
  'workbench.editor.enablePreview': false,
};

export interface CodeServer {
  url: string;
  log: () => string;
  stop: () => Promise<void>;
}

export interface StartOptions {
  entry: string;
  /** Temp folder for user data, extensions and XDG folders. */
  home: string;
  vsix: string;
}

export async function startCodeServer({ entry, home, vsix }: StartOptions): Promise<CodeServer> {
  const userData = join(home, 'user-data');
  const extensions = join(home, 'extensions');
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: join(home, 'xdg-config'),
    XDG_DATA_HOME: join(home, 'xdg-data'),
    XDG_CACHE_HOME: join(home, 'xdg-cache'),
    // The extension host must not inherit a debugger or a test runner's Node options.
    NODE_OPTIONS: '',
  };
  const dirs = ['--user-data-dir', userData, '--extensions-dir', extensions];

  // Installing is a separate run of the same binary; it exits when done.
  execFileSync(process.execPath, [entry, ...dirs, '--install-extension', vsix, '--force'], {
    env,
    stdio: 'pipe',
    timeout: 120_000,
  });

  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      entry,
      ...dirs,
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
    ],
    { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('HTTP server listening on')) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`code-server exited (${code}) before listening:\n${output}`)));
  });

  return {
    url: `http://127.0.0.1:${port}`,
    log: () => output,
    async stop() {
      if (child.exitCode !== null || child.pid === undefined) return;
      // The whole group: code-server, its extension host and our language server.
      const signal = (s: NodeJS.Signals) => {
        try {
          process.kill(-child.pid!, s);
        } catch {
          /* already gone */
        }
      };
      signal('SIGTERM');
      const timer = setTimeout(() => signal('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
      signal('SIGKILL'); // children that outlived their parent
    },
  };
}
