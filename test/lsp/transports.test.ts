import { fork } from 'node:child_process';
import net from 'node:net';
import {
  createProtocolConnection,
  IPCMessageReader,
  IPCMessageWriter,
  SocketMessageReader,
  SocketMessageWriter,
} from 'vscode-languageserver-protocol/node.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildServer, serverBin } from './harness.js';

beforeAll(() => buildServer(), 120_000);

const initialize = { processId: null, rootUri: null, capabilities: {} };

describe('transports besides stdio', () => {
  it('--node-ipc', async () => {
    const child = fork(serverBin, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
    const conn = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    conn.listen();
    const result = (await conn.sendRequest('initialize', initialize)) as { serverInfo: { name: string } };
    expect(result.serverInfo.name).toBe('blameless-lint-lsp');
    conn.dispose();
    child.kill();
  });

  it('--socket=<port>', async () => {
    const accepted = new Promise<net.Socket>((resolve) => {
      const server = net.createServer((socket) => {
        server.close();
        resolve(socket);
      });
      server.listen(0, '127.0.0.1', () => {
        const port = (server.address() as net.AddressInfo).port;
        const child = fork(serverBin, [`--socket=${port}`], { stdio: 'ignore' });
        void accepted.then((s) => s.on('close', () => child.kill()));
      });
    });
    const socket = await accepted;
    const conn = createProtocolConnection(new SocketMessageReader(socket), new SocketMessageWriter(socket));
    conn.listen();
    const result = (await conn.sendRequest('initialize', initialize)) as { capabilities: { hoverProvider: boolean } };
    expect(result.capabilities.hoverProvider).toBe(true);
    conn.dispose();
    socket.destroy();
  });
});
