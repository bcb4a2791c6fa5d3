import { PackSchema, type Pack } from './schema';
import { InputError, jsonPath, type InputProblem } from './errors';
import { findVariables, isKnownVariable } from '../templates/variables';
import { guardMessage, guardValue } from './guard';
import { KNOWN_VARIABLES } from './schema';
import { codeOfGuard, codeOfIssue } from './issue-codes';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: InputProblem[] };

/** Line and column (1-based) of a character offset, for JSON syntax errors. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** Offset of the first JSON syntax error in text, or undefined when it has none. */
export function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const fail = (at: number): never => {
    throw at;
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const expect = (c: string) => (text[i] === c ? i++ : fail(i));
  const string = () => {
    expect('"');
    while (text[i] !== '"') {
      if (i >= text.length || text.charCodeAt(i) < 0x20) fail(i);
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail(i);
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail(i);
      }
      i++;
    }
    i++;
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') return void i++;
      for (;;) {
        space();
        string();
        space();
        expect(':');
        value();
        space();
        if (text[i] === '}') return void i++;
        expect(',');
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        space();
        if (text[i] === ']') return void i++;
        expect(',');
      }
    }
    if (c === '"') return string();
    const m = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!m) fail(i);
    i += m![0].length;
  };
  try {
    value();
    space();
    return i < text.length ? i : undefined;
  } catch (at) {
    return typeof at === 'number' ? at : undefined;
  }
}

export function parseJsonText(text: string, file: string): ParseResult<unknown> {
  const body = text.replace(/^\uFEFF/, '');
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    // V8 (Node 20) leaves the position out of some messages ("Unexpected token ']', ..."), so
    // find it ourselves when it is missing. Offsets count from after the BOM.
    const pos = /position (\d+)/.exec(msg);
    const offset = pos ? Number(pos[1]) : jsonErrorOffset(body);
    const at = offset === undefined ? undefined : lineAndColumn(body, offset);
    const where = at ? `line ${at.line}, column ${at.column}` : '';
    return { ok: false, problems: [{ file, where, at, message: `is not valid JSON (${msg})`, code: 'json-syntax', values: { detail: msg } }] };
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
              code: 'unknown-variable',
              values: { rule: rule.id, name, known: KNOWN_VARIABLES.map((v) => `{${v}}`).join(', ') },
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
  // Before the schema, which recurses: a 10,000-level file must get an error, not a stack overflow.
  const guard = guardValue(value);
  if (guard) return { ok: false, problems: [{ file, where: jsonPath(guard.path), message: guardMessage(guard), ...codeOfGuard(guard) }] };
  const result = PackSchema.safeParse(value);
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((issue) => ({
        file,
        where: jsonPath(issue.path),
        message: issue.message,
        ...codeOfIssue(issue, value),
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
