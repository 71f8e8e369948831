/**
 * A tiny static server on 127.0.0.1 for the offline and update tests: it serves one built folder,
 * can switch to another (a new deploy) and can stop answering (the network is gone), which the
 * shared `astro preview` server cannot. Pages are sent with `Cache-Control: no-cache`, as a host
 * sends HTML, so only the service worker can make them work offline.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  origin: string;
  /** Serves `dir` from the next request on. */
  serve(dir: string): void;
  /** Every request from now on fails as if the host were unreachable (the socket is destroyed). */
  goOffline(): void;
  close(): Promise<void>;
}

function fileFor(root: string, pathname: string): string | null {
  const path = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(root, path, path.endsWith('/') ? 'index.html' : '');
  if (!file.startsWith(root)) return null;
  if (existsSync(file) && statSync(file).isFile()) return file;
  return null;
}

export async function startStaticServer(dir: string): Promise<StaticServer> {
  let root = dir;
  let offline = false;
  const server: Server = createServer((request, response) => {
    if (offline) {
      request.socket.destroy();
      return;
    }
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const file = fileFor(root, url.pathname);
    const status = file ? 200 : 404;
    const body = readFileSync(file ?? join(root, '404.html'));
    const type = TYPES[extname(file ?? '.html')] ?? 'application/octet-stream';
    response.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache', 'content-length': body.length });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    serve: (next) => {
      root = next;
      offline = false;
    },
    goOffline: () => {
      offline = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
