import { DEFAULT_LANGUAGE, type Pack } from '../pack/schema';
import type { LibraryRule } from './types';

/** The rules of a (validated) pack as the library holds them. */
export function rulesFromPack(pack: Pack): LibraryRule[] {
  return pack.rules.map((rule) => ({
    ...rule,
    packId: pack.id,
    packVersion: pack.version,
    defaultLanguage: pack.defaultLanguage ?? DEFAULT_LANGUAGE,
  }));
}
