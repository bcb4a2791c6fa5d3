import { PackSchema, type Pack } from './schema';
import { InputError, jsonPath, type InputProblem } from './errors';
import { findVariables, isKnownVariable } from '../templates/variables';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: InputProblem[] };

/** Line and column (1-based) of a character offset, for JSON syntax errors. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

export function parseJsonText(text: string, file: string): ParseResult<unknown> {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(msg);
    const where = pos ? lineAndColumn(text, Number(pos[1])) : '';
    return { ok: false, problems: [{ file, where, message: `is not valid JSON (${msg})` }] };
  }
}

/** Unknown `{variables}` in replies: an error on import, naming the rule and the variable. */
export function unknownVariableProblems(pack: Pack, file: string): InputProblem[] {
  const problems: InputProblem[] = [];
  pack.rules.forEach((rule, r) => {
    for (const [lang, replies] of Object.entries(rule.replies)) {
      replies.forEach((reply, i) => {
        for (const name of findVariables(reply)) {
          if (!isKnownVariable(name)) {
            problems.push({
              file,
              where: jsonPath(['rules', r, 'replies', lang, i]),
              message: `rule "${rule.id}" uses the unknown variable {${name}}; known variables are {buyer_name}, {order_id}, {sku}, {product_name}, {agent_name}, {shop_name}`,
            });
          }
        }
      });
    }
  });
  return problems;
}

/** Checks a parsed JSON value against the pack format; the pack is refused whole on any problem. */
export function validatePack(value: unknown, file: string): ParseResult<Pack> {
  const result = PackSchema.safeParse(value);
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((issue) => ({
        file,
        where: jsonPath(issue.path),
        message: issue.message,
      })),
    };
  }
  const problems = unknownVariableProblems(result.data, file);
  return problems.length ? { ok: false, problems } : { ok: true, value: result.data };
}

export function parsePackText(text: string, file: string): ParseResult<Pack> {
  const json = parseJsonText(text, file);
  return json.ok ? validatePack(json.value, file) : json;
}

/** For scripts: the pack, or an InputError whose message lists every problem. */
export function parsePackOrThrow(text: string, file: string): Pack {
  const r = parsePackText(text, file);
  if (!r.ok) throw new InputError(r.problems);
  return r.value;
}
