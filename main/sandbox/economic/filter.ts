import { dec, isDecimal } from '../../../shared/domain/money';
import { ApiError } from './errors';
import type { CollectionFields } from './collection-fields';
import { Num } from './json';

/**
 * e-conomic's `filter=` language (restdocs "Filtering"), as the live server reads it:
 *   name$eq:Joe$and:(city$like:*port$or:age$lt:40)
 * Operators $eq $ne $gt $gte $lt $lte $like $in $nin; `$and:` binds tighter than `$or:`.
 * Live rules (research: real-service-behaviour.md):
 *  - only the collection's filterable fields; another is a 400 naming `allowedFilteringFields`;
 *  - `$` and `)` in a value must be escaped (`$$`, `$)`); `(`, `*` and `,` work either way;
 *    `[` and `]` must NOT be escaped: the published `$[`/`$]` parse but match nothing;
 *  - `$like:` without a wildcard means *contains*; `*` is the wildcard and `[...]` a character
 *    class (a literal `[` is written `[[]`);
 *  - `$in:`/`$nin:` take a bracketed list `[1,2,3]` of at most 200 values, and work on numeric
 *    properties only ("So it is not possible to use on string properties", restdocs);
 *  - `$null:` is a value (`ean$eq:$null:`), not an operator.
 * Strings compare case-insensitively.
 */
export type Op = 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'like' | 'in' | 'nin';
const OPS = new Set<Op>(['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'like', 'in', 'nin']);

export const MAX_IN_VALUES = 200;

/** One character of a value and whether it was written with a `$` escape. */
type Char = { ch: string; escaped: boolean };

export type FilterNode =
  | { kind: 'and' | 'or'; items: FilterNode[] }
  | { kind: 'cond'; property: string; op: Op; chars: Char[]; isNull: boolean; list?: string[] };

const HINT = "Filtering on collections can be done using the querystring parameter 'filter'. Escape $ and ) in values as $$ and $); if no wildcards are used, a $like: expression is considered a 'contains' expression.";

/** e-conomic's answer to a filter it cannot use (live: error-filter-400.2026.json). */
export function filterError(problem: string, allowedFilteringFields?: string[]): ApiError {
  return new ApiError(400, 'Could not parse query string filter.', HINT, { errors: [problem], ...(allowedFilteringFields ? { allowedFilteringFields } : {}) });
}

class Parser {
  pos = 0;
  constructor(readonly src: string) {}

  fail(msg: string): never {
    throw filterError(`${msg} (at position ${this.pos}).`);
  }

  parseOr(): FilterNode {
    const items = [this.parseAnd()];
    while (this.src.startsWith('$or:', this.pos)) {
      this.pos += 4;
      items.push(this.parseAnd());
    }
    return items.length === 1 ? items[0] : { kind: 'or', items };
  }

  parseAnd(): FilterNode {
    const items = [this.parseTerm()];
    while (this.src.startsWith('$and:', this.pos)) {
      this.pos += 5;
      items.push(this.parseTerm());
    }
    return items.length === 1 ? items[0] : { kind: 'and', items };
  }

  parseTerm(): FilterNode {
    if (this.src[this.pos] === '(') {
      this.pos++;
      const inner = this.parseOr();
      if (this.src[this.pos] !== ')') this.fail('Syntax error, expected: )');
      this.pos++;
      return inner;
    }
    return this.parseCondition();
  }

  parseCondition(): FilterNode {
    const start = this.pos;
    while (this.pos < this.src.length && this.src[this.pos] !== '$') this.pos++;
    const property = this.src.slice(start, this.pos);
    if (!/^[A-Za-z][A-Za-z0-9.]*$/.test(property)) this.fail(`Syntax error, bad property name '${property}'`);
    const colon = this.src.indexOf(':', this.pos);
    if (colon < 0) this.fail('Syntax error, an operator ends with :');
    const op = this.src.slice(this.pos + 1, colon).toLowerCase() as Op;
    if (!OPS.has(op)) this.fail(`Syntax error, unknown operator '$${op}:'`);
    this.pos = colon + 1;
    if (this.src.startsWith('$null:', this.pos)) {
      if (op !== 'eq' && op !== 'ne') this.fail(`Syntax error, $null: can only follow $eq: or $ne:`);
      this.pos += 6;
      return { kind: 'cond', property, op, chars: [], isNull: true };
    }
    const chars = this.parseValue();
    if (op === 'in' || op === 'nin') return { kind: 'cond', property, op, chars, isNull: false, list: this.parseList(chars) };
    return { kind: 'cond', property, op, chars, isNull: false };
  }

  parseValue(): Char[] {
    const chars: Char[] = [];
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos];
      if (ch === '$') {
        if (this.src.startsWith('$and:', this.pos) || this.src.startsWith('$or:', this.pos)) break;
        const next = this.src[this.pos + 1];
        if (next !== undefined && '$()*,'.includes(next)) {
          chars.push({ ch: next, escaped: true });
          this.pos += 2;
          continue;
        }
        if (next === '[' || next === ']') {
          // published as an escape, not honoured: the two characters stay, and match nothing real
          chars.push({ ch: '$', escaped: true }, { ch: next, escaped: true });
          this.pos += 2;
          continue;
        }
        this.fail("Syntax error, unescaped '$' in a value (write $$)");
      }
      if (ch === ')') break;
      chars.push({ ch, escaped: false });
      this.pos++;
    }
    return chars;
  }

  /** `[2,5,7]` for $in/$nin, at most 200 values. */
  parseList(chars: Char[]): string[] {
    const first = chars[0];
    const last = chars[chars.length - 1];
    if (!first || first.escaped || first.ch !== '[' || !last || last.escaped || last.ch !== ']' || chars.length < 2) this.fail('Syntax error, expected: [');
    const items: string[] = [];
    let current = '';
    for (const c of chars.slice(1, -1)) {
      if (c.ch === ',' && !c.escaped) {
        items.push(current);
        current = '';
      } else current += c.ch;
    }
    items.push(current);
    const values = items.map((s) => s.trim()).filter((s) => s !== '');
    if (values.length > MAX_IN_VALUES) this.fail(`$in:/$nin: take at most ${MAX_IN_VALUES} values, got ${values.length}`);
    return values;
  }
}

export function parseFilter(src: string, fields: CollectionFields): FilterNode {
  const p = new Parser(src);
  const node = p.parseOr();
  if (p.pos !== src.length) p.fail('Syntax error, unexpected text');
  checkProperties(node, fields);
  return node;
}

function checkProperties(node: FilterNode, fields: CollectionFields): void {
  if (node.kind !== 'cond') return node.items.forEach((n) => checkProperties(n, fields));
  const support = fields.filterable.get(node.property);
  if (support === undefined) throw filterError(`Filtering is not allowed on property '${node.property}'.`, [...fields.filterable.keys()]);
  if ((node.op === 'in' || node.op === 'nin') && !fields.numeric.has(node.property)) {
    throw filterError(`The $${node.op}: operator only works on numeric properties; '${node.property}' is not one.`);
  }
  // fields the server lists and then fails on (schema-corrections.ts): a 500, as live
  if (support === 'crashes' || (support === 'eqOnly' && (node.op !== 'eq' || node.isNull))) {
    throw new ApiError(500, 'An unexpected error occurred.', `Filtering on '${node.property}' with $${node.op}: fails on the server.`);
  }
}

export function readPath(item: unknown, path: string): unknown {
  let cur: unknown = item;
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `$like:` pattern → regex: `*` any text, `[...]` a character class, no wildcard = contains. */
function likeRegex(chars: Char[]): RegExp {
  let body = '';
  let wildcard = false;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (!c.escaped && c.ch === '*') {
      body += '.*';
      wildcard = true;
    } else if (!c.escaped && c.ch === '[') {
      const close = chars.findIndex((x, j) => j > i + 1 && !x.escaped && x.ch === ']');
      if (close < 0) {
        body += '\\[';
        continue;
      }
      body += `[${chars.slice(i + 1, close).map((x) => x.ch.replace(/[\]\\^-]/g, '\\$&')).join('')}]`;
      i = close;
    } else body += escapeRegex(c.ch);
  }
  return new RegExp(wildcard ? `^${body}$` : body, 'is');
}

const isNumeric = (v: unknown) => typeof v === 'number' || v instanceof Num;
const numericValue = (v: unknown) => (v instanceof Num ? v.text : String(v));
const textOf = (chars: Char[]) => chars.map((c) => c.ch).join('');

function matchesCond(node: Extract<FilterNode, { kind: 'cond' }>, item: unknown): boolean {
  const actual = readPath(item, node.property);
  const absent = actual === undefined || actual === null;
  if (node.isNull) return absent === (node.op === 'eq');
  const text = textOf(node.chars);
  // e-conomic omits false booleans, so a missing property compares as false to true/false
  if (absent && /^(true|false)$/i.test(text) && (node.op === 'eq' || node.op === 'ne')) {
    return (text.toLowerCase() === 'false') === (node.op === 'eq');
  }
  if (absent) return node.op === 'ne' || node.op === 'nin';
  if (node.op === 'like') return likeRegex(node.chars).test(String(actual instanceof Num ? actual.text : actual));
  if (node.op === 'in' || node.op === 'nin') {
    const isIn = (node.list ?? []).some((v) => compareToFilterValue(actual, v, node.property, false) === 0);
    return node.op === 'in' ? isIn : !isIn;
  }
  const cmp = compareToFilterValue(actual, text, node.property, true);
  switch (node.op) {
    case 'eq': return cmp === 0;
    case 'ne': return cmp !== 0;
    case 'gt': return cmp > 0;
    case 'gte': return cmp >= 0;
    case 'lt': return cmp < 0;
    case 'lte': return cmp <= 0;
  }
  return false;
}

/** Compares a record's value with a filter value; `strict`: a non-number against a number field is a 400. */
function compareToFilterValue(actual: unknown, text: string, property: string, strict: boolean): number {
  if (isNumeric(actual)) {
    if (!isDecimal(text)) {
      if (strict) throw filterError(`The property '${property}' is a number; '${text}' is not.`);
      return NaN;
    }
    return dec(numericValue(actual)).cmp(dec(text));
  }
  if (typeof actual === 'boolean') {
    const t = text.toLowerCase();
    if (t !== 'true' && t !== 'false') throw filterError(`The property '${property}' is a boolean; use true or false.`);
    return actual === (t === 'true') ? 0 : 1;
  }
  const a = String(actual).toLowerCase();
  const b = text.toLowerCase();
  return a < b ? -1 : a > b ? 1 : 0;
}

export function matches(node: FilterNode, item: unknown): boolean {
  if (node.kind === 'cond') return matchesCond(node, item);
  return node.kind === 'and' ? node.items.every((n) => matches(n, item)) : node.items.some((n) => matches(n, item));
}
