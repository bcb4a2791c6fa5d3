import { stemmer as spanish } from '@orama/stemmers/spanish';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stem as porter } from './normalize';

/**
 * Snowball stemmers (the `@orama/stemmers` package, generated from the Snowball sources) for the
 * inflected Latin-script languages, so that "pedido", "pedidos" and "pedí" or "commande" and
 * "commandé" meet. English and any other language keep the Porter stemmer. Words are already
 * normalised (accents folded), which the Snowball rules handle.
 */
const SNOWBALL: Record<string, (w: string) => string> = { es: spanish, pt: portuguese, fr: french, de: german };

const caches = new Map<string, Map<string, string>>();

/** Whether a language has its own stemmer (else Porter). */
export function hasOwnStemmer(language: string | undefined): boolean {
  return !!language && language in SNOWBALL;
}

export function stemFor(word: string, language: string | undefined): string {
  const f = language ? SNOWBALL[language] : undefined;
  if (!f || word.length <= 2 || !/^[a-z]+$/.test(word)) return porter(word);
  let cache = caches.get(language!);
  if (!cache) caches.set(language!, (cache = new Map()));
  let v = cache.get(word);
  if (v === undefined) {
    if (cache.size > 50000) cache.clear();
    v = f(word);
    cache.set(word, v);
  }
  return v;
}
