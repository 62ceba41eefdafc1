#!/usr/bin/env node
// Serves the built playground (dist/) on localhost and prints its URL: `npm run playground [-- --port N]`.
// Port 0 picks a free one. Static files only, nothing outside dist/ is reachable.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

const arg = process.argv.indexOf('--port');
const port = Number(arg > 0 ? process.argv[arg + 1] : (process.env.PORT ?? 5178));
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`playground: --port must be a port number (got ${process.argv[arg + 1]})`);
  process.exit(2);
}
if (!statSync(join(dist, 'index.html'), { throwIfNoEntry: false })) {
  console.error('playground: dist/index.html is missing: run `npm run build` first');
  process.exit(2);
}

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  const file = normalize(join(dist, path.endsWith('/') ? `${path}index.html` : path));
  const type = TYPES[extname(file)];
  if (!file.startsWith(dist + sep) || !type || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
    return;
  }
  res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' });
  createReadStream(file).pipe(res);
});
server.listen(port, '127.0.0.1', () => {
  console.log(`blameless-lint playground: http://localhost:${server.address().port}/`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
