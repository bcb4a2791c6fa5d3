/** Page options from the URL: `?break=composer` renders the composer in markup the profile does not know. */
export interface KitParams {
  breakRoles: ReadonlySet<string>;
}

export function readParams(search: string): KitParams {
  const query = new URLSearchParams(search);
  return { breakRoles: new Set(query.getAll('break').flatMap((v) => v.split(',')).filter(Boolean)) };
}
