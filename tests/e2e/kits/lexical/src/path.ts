/** The open thread lives in the path: /kits/lexical/t/<id>. */
const THREAD = /\/t\/([^/]+)\/?$/;

export function threadFromPath(pathname: string): string | null {
  return THREAD.exec(pathname)?.[1] ?? null;
}

export function pathForThread(pathname: string, id: string): string {
  const base = pathname.replace(THREAD, '/').replace(/\/?$/, '/');
  return `${base}t/${encodeURIComponent(id)}`;
}
