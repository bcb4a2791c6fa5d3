import { createReadStream, existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEMO_DIR = join(ROOT, 'demo');
export const DEMO_OUT_DIR = join(ROOT, '.output', 'demo');
const LOOPBACK = '127.0.0.1';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Whether .output/demo is missing or older than a file under demo/. */
export function demoIsStale(): boolean {
  const index = join(DEMO_OUT_DIR, 'index.html');
  return !existsSync(index) || statSync(index).mtimeMs < newestMtime(DEMO_DIR);
}

let building: Promise<string> | undefined;

/**
 * Builds the demo into .output/demo with vite's JS API, unless it is up to date (or `force`).
 * It builds into a private folder first and swaps it in, so parallel test workers that
 * build at the same time never serve a half-written folder.
 */
export function buildDemo(options: { force?: boolean } = {}): Promise<string> {
  if (!options.force && !demoIsStale()) return Promise.resolve(DEMO_OUT_DIR);
  building ??= (async () => {
    const { build } = await import('vite');
    const tmp = `${DEMO_OUT_DIR}.tmp-${process.pid}`;
    await build({ configFile: join(DEMO_DIR, 'vite.config.ts'), build: { outDir: tmp, emptyOutDir: true } });
    const old = `${DEMO_OUT_DIR}.old-${process.pid}`;
    if (existsSync(DEMO_OUT_DIR)) renameSync(DEMO_OUT_DIR, old);
    try {
      renameSync(tmp, DEMO_OUT_DIR);
    } catch {
      rmSync(tmp, { recursive: true, force: true }); // another process swapped its build in first
    }
    rmSync(old, { recursive: true, force: true });
    return DEMO_OUT_DIR;
  })().finally(() => {
    building = undefined;
  });
  return building;
}

function fileFor(urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  const file = resolve(DEMO_OUT_DIR, `.${path.endsWith('/') ? `${path}index.html` : path}`);
  if (file !== DEMO_OUT_DIR && !file.startsWith(DEMO_OUT_DIR + sep)) return null;
  if (existsSync(file) && statSync(file).isFile()) return file;
  // Unknown paths without an extension get the app, so /chat/inbox/current works too.
  return extname(path) ? null : join(DEMO_OUT_DIR, 'index.html');
}

export interface DemoServer {
  url: string;
  close(): Promise<void>;
}

/** Serves the built demo on loopback only. Port 0 (or none) picks a free port. */
export async function startDemoServer(options: { port?: number; host?: '127.0.0.1' } = {}): Promise<DemoServer> {
  if (options.host && options.host !== LOOPBACK) throw new Error('The demo server listens on 127.0.0.1 only.');
  await buildDemo();
  const server: Server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const file = fileFor(req.url ?? '/');
    if (!file || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, LOOPBACK, () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${LOOPBACK}:${port}/`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const i = process.argv.indexOf('--port');
  const port = i > 0 ? Number(process.argv[i + 1]) : 5555;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error('Usage: npx tsx scripts/serve-demo.ts [--port 5555]');
    process.exit(2);
  }
  if (process.argv.includes('--build')) await buildDemo({ force: true });
  const server = await startDemoServer({ port });
  console.log(`Demo seller chat: ${server.url}`);
  console.log(`  contenteditable composer: ${server.url}?composer=contenteditable`);
  console.log(`  scripted buyers, fast:    ${server.url}?speed=fast`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
