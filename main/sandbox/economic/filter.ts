import { dec, isDecimal } from '../../../shared/domain/money';
import { badRequest } from './errors';
import { Num } from './json';

/**
 * e-conomic's `filter=` language (restdocs "Filtering"):
 *   name$eq:Joe$and:(city$like:*port$or:age$lt:40)
 * Operators $eq $ne $gt $gte $lt $lte $like $in $nin $null; `$and:` binds tighter than `$or:`;
 * escapes `$$ $( $) $* $, $[ $]`; `*` is a wildcard in $like (no wildcard = contains);
 * strings compare case-insensitively.
 */
export type Op = 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'like' | 'in' | 'nin' | 'null';
const OPS = new Set<Op>(['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'like', 'in', 'nin', 'null']);

/** A value piece: literal text, or an unescaped `*` wildcard (only meaningful for $like). */
type Piece = { text: string } | { wildcard: true };

export type FilterNode =
  | { kind: 'and' | 'or'; items: FilterNode[] }
  | { kind: 'cond'; property: string; op: Op; value: Piece[]; list?: string[] };

class Parser {
  pos = 0;
  constructor(readonly src: string) {}

  fail(msg: string): never {
    throw badRequest('filter', `Invalid filter: ${msg} (at position ${this.pos}).`, this.src);
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
      if (this.src[this.pos] !== ')') this.fail('missing )');
      this.pos++;
      return inner;
    }
    return this.parseCondition();
  }

  parseCondition(): FilterNode {
    const start = this.pos;
    while (this.pos < this.src.length && this.src[this.pos] !== '$') this.pos++;
    const property = this.src.slice(start, this.pos);
    if (!/^[A-Za-z][A-Za-z0-9.]*$/.test(property)) this.fail(`bad property name '${property}'`);
    const colon = this.src.indexOf(':', this.pos);
    if (colon < 0) this.fail('operator must end with :');
    const op = this.src.slice(this.pos + 1, colon).toLowerCase() as Op;
    if (!OPS.has(op)) this.fail(`unknown operator '$${op}:'`);
    this.pos = colon + 1;
    const value = this.parseValue();
    if (op === 'in' || op === 'nin') return { kind: 'cond', property, op, value, list: this.parseList(value) };
    return { kind: 'cond', property, op, value };
  }

  parseValue(): Piece[] {
    const pieces: Piece[] = [];
    let text = '';
    const flush = () => {
      if (text) pieces.push({ text });
      text = '';
    };
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos];
      if (ch === '$') {
        if (this.src.startsWith('$and:', this.pos) || this.src.startsWith('$or:', this.pos)) break;
        const next = this.src[this.pos + 1];
        if (next !== undefined && '$()*,[]'.includes(next)) {
          text += next;
          this.pos += 2;
          continue;
        }
        this.fail("unescaped '$' in value (write $$)");
      }
      if (ch === ')') break;
      if (ch === '(') this.fail("unescaped '(' in value (write $( )");
      if (ch === '*') {
        flush();
        pieces.push({ wildcard: true });
        this.pos++;
        continue;
      }
      text += ch;
      this.pos++;
    }
    flush();
    return pieces;
  }

  /** `[2,5,7]` for $in/$nin; numbers only, at most 200 (restdocs). */
  parseList(value: Piece[]): string[] {
    const raw = value.map((p) => ('text' in p ? p.text : '*')).join('');
    const m = /^\[(.*)\]$/.exec(raw);
    if (!m) this.fail('$in/$nin take a list like [1,2,3]');
    const items = m[1].split(',').map((s) => s.trim()).filter((s) => s !== '');
    if (items.length > 200) this.fail('$in/$nin take at most 200 values');
    for (const it of items) if (!isDecimal(it)) this.fail(`$in/$nin take numbers only, got '${it}'`);
    return items;
  }
}

export function parseFilter(src: string, filterable: ReadonlySet<string>): FilterNode {
  const p = new Parser(src);
  const node = p.parseOr();
  if (p.pos !== src.length) p.fail('unexpected text');
  checkProperties(node, filterable);
  return node;
}

function checkProperties(node: FilterNode, filterable: ReadonlySet<string>): void {
  if (node.kind !== 'cond') return node.items.forEach((n) => checkProperties(n, filterable));
  if (!filterable.has(node.property)) {
    throw badRequest('filter', `The property '${node.property}' is not filterable on this collection.`, node.property);
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

function matchesCond(node: Extract<FilterNode, { kind: 'cond' }>, item: unknown): boolean {
  const actual = readPath(item, node.property);
  const text = node.value.map((p) => ('text' in p ? p.text : '*')).join('');
  if (node.op === 'null') {
    const wantNull = text.toLowerCase() !== 'false';
    return (actual === undefined || actual === null) === wantNull;
  }
  // e-conomic omits false booleans, so a missing property compares as false to true/false
  const isBoolText = /^(true|false)$/i.test(text);
  if ((actual === undefined || actual === null) && isBoolText && (node.op === 'eq' || node.op === 'ne')) {
    return (text.toLowerCase() === 'false') === (node.op === 'eq');
  }
  if (actual === undefined || actual === null) return node.op === 'ne' || node.op === 'nin';
  if (node.op === 'like') {
    const hasWildcard = node.value.some((p) => !('text' in p));
    const body = node.value.map((p) => ('text' in p ? escapeRegex(p.text) : '.*')).join('');
    const re = new RegExp(hasWildcard ? `^${body}$` : body, 'is');
    return re.test(String(actual instanceof Num ? actual.text : actual));
  }
  if (node.op === 'in' || node.op === 'nin') {
    const isIn = isNumeric(actual) && (node.list ?? []).some((v) => dec(v).eq(numericValue(actual)));
    return node.op === 'in' ? isIn : !isIn;
  }
  const cmp = compareToFilterValue(actual, text, node.property);
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

const isNumeric = (v: unknown) => typeof v === 'number' || v instanceof Num;
const numericValue = (v: unknown) => (v instanceof Num ? v.text : String(v));

function compareToFilterValue(actual: unknown, text: string, property: string): number {
  if (isNumeric(actual)) {
    if (!isDecimal(text)) throw badRequest('filter', `The property '${property}' is a number; '${text}' is not.`, text);
    return dec(numericValue(actual)).cmp(dec(text));
  }
  if (typeof actual === 'boolean') {
    const t = text.toLowerCase();
    if (t !== 'true' && t !== 'false') throw badRequest('filter', `The property '${property}' is a boolean; use true or false.`, text);
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
