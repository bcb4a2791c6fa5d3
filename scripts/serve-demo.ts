import { createReadStream, existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { KIT_NAMES } from '../tests/e2e/kits/names';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEMO_DIR = join(ROOT, 'demo');
export const DEMO_OUT_DIR = join(ROOT, '.output', 'demo');
const KITS_DIR = join(ROOT, 'tests', 'e2e', 'kits');
export const KITS_OUT_DIR = join(ROOT, '.output', 'kits');
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

/** A standalone site that vite builds from `srcDir` into `outDir` before it is served. */
interface Site {
  srcDir: string;
  configFile: string;
  outDir: string;
  /** A file of the build whose age says when it was built. */
  stamp: string;
}

const DEMO: Site = { srcDir: DEMO_DIR, configFile: join(DEMO_DIR, 'vite.config.ts'), outDir: DEMO_OUT_DIR, stamp: 'index.html' };
/** The chat pages built from third-party chat libraries (docs/kits.md), served under /kits/. */
const KITS: Site = { srcDir: KITS_DIR, configFile: join(KITS_DIR, 'vite.config.ts'), outDir: KITS_OUT_DIR, stamp: join('chatscope', 'index.html') };

function isStale(site: Site): boolean {
  const stamp = join(site.outDir, site.stamp);
  return !existsSync(stamp) || statSync(stamp).mtimeMs < newestMtime(site.srcDir);
}

/** Whether .output/demo is missing or older than a file under demo/. */
export function demoIsStale(): boolean {
  return isStale(DEMO);
}

/** Whether .output/kits is missing or older than a file under tests/e2e/kits/. */
export function kitsAreStale(): boolean {
  return isStale(KITS);
}

const building = new Map<Site, Promise<string>>();

/**
 * Builds a site with vite's JS API, unless it is up to date (or `force`).
 * It builds into a private folder first and swaps it in, so parallel test workers that
 * build at the same time never serve a half-written folder.
 */
function buildSite(site: Site, options: { force?: boolean }): Promise<string> {
  if (!options.force && !isStale(site)) return Promise.resolve(site.outDir);
  let pending = building.get(site);
  if (!pending) {
    pending = (async () => {
      const { build } = await import('vite');
      const tmp = `${site.outDir}.tmp-${process.pid}`;
      await build({ configFile: site.configFile, build: { outDir: tmp, emptyOutDir: true } });
      const old = `${site.outDir}.old-${process.pid}`;
      if (existsSync(site.outDir)) renameSync(site.outDir, old);
      try {
        renameSync(tmp, site.outDir);
      } catch {
        rmSync(tmp, { recursive: true, force: true }); // another process swapped its build in first
      }
      rmSync(old, { recursive: true, force: true });
      return site.outDir;
    })().finally(() => building.delete(site));
    building.set(site, pending);
  }
  return pending;
}

/** Builds the demo into .output/demo, unless it is up to date (or `force`). */
export function buildDemo(options: { force?: boolean } = {}): Promise<string> {
  return buildSite(DEMO, options);
}

/** Builds the kit chat pages into .output/kits, unless they are up to date (or `force`). */
export function buildKits(options: { force?: boolean } = {}): Promise<string> {
  return buildSite(KITS, options);
}

function fileIn(dir: string, path: string): string | null {
  const file = resolve(dir, `.${path.endsWith('/') ? `${path}index.html` : path}`);
  if (file !== dir && !file.startsWith(dir + sep)) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

function fileFor(urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  const kit = /^\/kits(\/.*)?$/.exec(path);
  if (kit) {
    const rest = kit[1] ?? '/';
    const file = fileIn(KITS_OUT_DIR, rest);
    if (file || extname(rest)) return file;
    // Unknown paths inside a kit without an extension get that kit's page (/kits/lexical/t/t-202).
    const name = KIT_NAMES.find((n) => rest === `/${n}` || rest.startsWith(`/${n}/`));
    return name ? join(KITS_OUT_DIR, name, 'index.html') : null;
  }
  const file = fileIn(DEMO_OUT_DIR, path);
  if (file) return file;
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
  await buildKits();
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
  if (process.argv.includes('--build')) {
    await buildDemo({ force: true });
    await buildKits({ force: true });
  }
  const server = await startDemoServer({ port });
  console.log(`Demo seller chat: ${server.url}`);
  console.log(`  contenteditable composer: ${server.url}?composer=contenteditable`);
  console.log(`  scripted buyers, fast:    ${server.url}?speed=fast`);
  console.log('Chat pages from third-party libraries (docs/kits.md):');
  for (const name of KIT_NAMES) console.log(`  ${name.padEnd(24)}${server.url}kits/${name}/`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
