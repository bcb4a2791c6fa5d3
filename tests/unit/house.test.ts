import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The house rules the README states, checked on the repository itself. */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && ext.test(d.name))
    .map((d) => relative(ROOT, join(d.parentPath, d.name)).split('\\').join('/'))
    .sort();
}

/** The source with comments and the insides of string literals blanked (line numbers kept). */
function codeOnly(source: string): string {
  let out = '';
  let i = 0;
  const templateDepth: number[] = [];
  let braces = 0;
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      const stop = end < 0 ? source.length : end;
      out += blank(source.slice(i, stop));
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end < 0 ? source.length : end + 2;
      out += blank(source.slice(i, stop));
      i = stop;
    } else if (c === "'" || c === '"' || c === '`' || (c === '}' && templateDepth.at(-1) === braces)) {
      // A string, or the rest of a template literal after a `${…}`.
      if (c === '}') templateDepth.pop();
      const quote = c === '}' ? '`' : c;
      let j = i + 1;
      while (j < source.length && source[j] !== quote) {
        if (source[j] === '\\') j++;
        else if (quote === '`' && source[j] === '$' && source[j + 1] === '{') break;
        j++;
      }
      if (quote === '`' && source[j] === '$') {
        templateDepth.push(braces);
        out += c + blank(source.slice(i + 1, j)) + '${';
        i = j + 2;
      } else {
        out += c + blank(source.slice(i + 1, j)) + (source[j] ?? '');
        i = j + 1;
      }
    } else {
      if (c === '{') braces++;
      if (c === '}') braces--;
      out += c;
      i++;
    }
  }
  return out;
}

const BROWSER_APIS = /\b(?:browser|chrome)\s*\.|\b(?:document|window|navigator|localStorage|sessionStorage)\b|\bindexedDB\b|\bIDB[A-Z]\w*/g;

function browserApiUses(path: string): string[] {
  const allowIndexedDb = path.startsWith('lib/db/');
  return codeOnly(read(path))
    .split('\n')
    .flatMap((line, i) =>
      [...line.matchAll(BROWSER_APIS)]
        .filter((m) => !(allowIndexedDb && /indexedDB|IDB/.test(m[0])))
        .map((m) => `${path}:${i + 1}: ${m[0].replace(/\s+/g, '')}`),
    );
}

describe('house rules', () => {
  it('lib/ uses no browser API (Dexie in lib/db aside): it is the pure core, tested in Node', () => {
    expect(files('lib', /\.tsx?$/).flatMap(browserApiUses)).toEqual([]);
  });

  it('the browser-API check finds uses in code, not in comments or text', () => {
    const src = [
      "// the browser. window. document.",
      "const a = 'open the browser.';",
      'const b = `in ${document.title} the window.`;',
      'await chrome.alarms.getAll();',
      "const c = { x: `${'}'}` }; localStorage.getItem('k');",
    ].join('\n');
    expect(codeOnly(src).split('\n').map((l) => [...l.matchAll(BROWSER_APIS)].map((m) => m[0]))).toEqual([[], [], ['document'], ['chrome.'], ['localStorage']]);
  });

  it('every database version after the first has an upgrade test naming it', () => {
    const versions = [...codeOnly(read('lib/db/database.ts')).matchAll(/this\.version\((\d+)\)/g)].map((m) => Number(m[1]));
    expect(versions).toContain(1);
    const tests = files('tests/unit/db', /\.test\.ts$/).map(read).join('\n');
    const untested = versions.filter((v) => v > 1 && !new RegExp(`['"\`][^'"\`\\n]*\\bversion ${v}\\b[^'"\`\\n]*upgrade|upgrade[^'"\`\\n]*\\bversion ${v}\\b`).test(tests));
    expect(untested, 'versions without a test titled "… version N upgrade …" in tests/unit/db').toEqual([]);
  });

  it('every permission the manifest asks for is used by the extension', () => {
    const config = codeOnly(read('wxt.config.ts'));
    const line = read('wxt.config.ts').split('\n')[config.split('\n').findIndex((l) => /\bpermissions:/.test(l))];
    const permissions = [...line.matchAll(/'([a-zA-Z]+)'/g)].map((m) => m[1]);
    expect(permissions.length).toBeGreaterThan(0);
    const code = [...files('entrypoints', /\.tsx?$/), ...files('components', /\.tsx?$/)].map((f) => codeOnly(read(f))).join('\n');
    expect(permissions.filter((p) => !new RegExp(`\\b(?:browser|chrome)\\.${p}\\b`).test(code))).toEqual([]);
  });

  it('rooms of lib/ do not import each other in a circle', () => {
    const edges = new Map<string, Set<string>>();
    for (const path of files('lib', /\.tsx?$/)) {
      const room = path.split('/')[1];
      for (const m of codeOnly(read(path)).matchAll(/\bfrom\s+'|\bimport\s*\(\s*'/g)) {
        const start = m.index! + m[0].length;
        const target = read(path).slice(start, read(path).indexOf("'", start));
        if (!target.startsWith('.')) continue;
        const to = normalize(join(dirname(path), target)).split('\\').join('/').split('/');
        if (to[0] === 'lib' && to[1] !== room) (edges.get(room) ?? edges.set(room, new Set()).get(room)!).add(to[1]);
      }
    }
    // Known and left for the pack format's owner: the template variables read the pack's list of
    // known variables, and the pack parser checks templates.
    const known = new Set(['pack<->templates', 'templates<->pack']);
    const circles = [...edges].flatMap(([a, tos]) => [...tos].filter((b) => edges.get(b)?.has(a)).map((b) => `${a}<->${b}`));
    expect(circles.filter((c) => !known.has(c))).toEqual([]);
    expect(edges.get('db')?.has('editor') || edges.get('editor')?.has('db')).toBeFalsy();
  });

  it('the README and docs/ link only files that exist', () => {
    const docs = ['README.md', ...(existsSync(join(ROOT, 'docs')) ? files('docs', /\.md$/) : [])];
    const missing = docs.flatMap((doc) => {
      const text = read(doc);
      const links = [...text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1]).filter((l) => !/^[a-z]+:/.test(l));
      const paths = [...text.matchAll(/`([A-Za-z0-9_./-]+\/[A-Za-z0-9_.-]+\.(?:md|ts|tsx|json|jsonl|csv))`/g)].map((m) => m[1]);
      return [
        ...links.filter((l) => !existsSync(join(ROOT, dirname(doc), l))).map((l) => `${doc} links ${l}`),
        ...paths.filter((p) => !existsSync(join(ROOT, p))).map((p) => `${doc} names ${p}`),
      ];
    });
    expect(missing).toEqual([]);
  });
});
