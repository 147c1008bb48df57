// A small WIQL (Work Item Query Language) parser and evaluator covering what a sync needs: SELECT ... FROM WorkItems
// WHERE predicates joined by AND/OR/NOT and parentheses, ORDER BY. Predicates: = <> > < >= <=, [NOT] IN (...),
// [NOT] CONTAINS [WORDS], [NOT] UNDER, with macros @project, @today[-n], @me. Like Azure DevOps: field names must
// exist (TF51005), dates compare by day unless timePrecision=true, and a time in a date literal without
// timePrecision is rejected. Anything else is a TF51006 syntax error, never silently ignored.
import { adoErrors } from './ado-errors';
import { AdoFieldDefinition, AdoFieldRegistry } from './ado-fields';
import { AdoIdentity } from './ado-identities';
import { AdoInstant, compareInstants, parseAdoTimestamp, startOfUtcDay } from './ado-timestamps';
import { FieldValue, isIdentity, StoredWorkItem } from './work-item-model';

interface Token {
  kind: 'field' | 'string' | 'number' | 'word' | 'macro' | 'op' | 'punct' | 'eof';
  text: string;
  start: number;
  end: number;
}

type Literal = { kind: 'string'; value: string } | { kind: 'number'; value: number } | { kind: 'macro'; name: string; offset: number };

type Expr =
  | { kind: 'and' | 'or'; left: Expr; right: Expr }
  | { kind: 'not'; expr: Expr }
  | { kind: 'predicate'; field: AdoFieldDefinition; op: string; values: Literal[]; clause: string };

export interface WiqlQuery {
  columns: AdoFieldDefinition[];
  where: Expr | undefined;
  orderBy: { field: AdoFieldDefinition; descending: boolean }[];
}

export interface WiqlContext {
  project: string;
  me: AdoIdentity;
  nowMs: number;
  timePrecision: boolean;
}

const COMPARISONS = ['=', '<>', '>', '<', '>=', '<='];

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    const start = i;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '[') {
      const end = source.indexOf(']', i);
      if (end < 0) throw adoErrors.wiqlSyntax('Expecting "]"', source.slice(i));
      tokens.push({ kind: 'field', text: source.slice(i + 1, end).trim(), start, end: end + 1 });
      i = end + 1;
    } else if (c === "'" || c === '"') {
      let value = '';
      i++;
      for (;;) {
        if (i >= source.length) throw adoErrors.wiqlSyntax('Expecting end of string literal', source.slice(start));
        if (source[i] === c && source[i + 1] === c) {
          value += c;
          i += 2;
        } else if (source[i] === c) {
          i++;
          break;
        } else {
          value += source[i++];
        }
      }
      tokens.push({ kind: 'string', text: value, start, end: i });
    } else if (/\d/.test(c)) {
      const m = /^\d+(\.\d+)?/.exec(source.slice(i))!;
      i += m[0].length;
      tokens.push({ kind: 'number', text: m[0], start, end: i });
    } else if (c === '@') {
      const m = /^@[A-Za-z]+/.exec(source.slice(i));
      if (!m) throw adoErrors.wiqlSyntax('Expecting a macro name', source.slice(i, i + 10));
      i += m[0].length;
      tokens.push({ kind: 'macro', text: m[0].toLowerCase(), start, end: i });
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(source.slice(i))!;
      i += m[0].length;
      tokens.push({ kind: 'word', text: m[0].toUpperCase(), start, end: i });
    } else {
      const op = ['>=', '<=', '<>'].find((o) => source.startsWith(o, i)) || (/[=<>]/.test(c) ? c : undefined);
      if (op) {
        i += op.length;
        tokens.push({ kind: 'op', text: op, start, end: i });
      } else if (/[(),+-]/.test(c)) {
        i++;
        tokens.push({ kind: 'punct', text: c, start, end: i });
      } else {
        throw adoErrors.wiqlSyntax('Unexpected character', c);
      }
    }
  }
  tokens.push({ kind: 'eof', text: '', start: source.length, end: source.length });
  return tokens;
}

export function parseWiql(source: string, fields: AdoFieldRegistry): WiqlQuery {
  const tokens = tokenize(source);
  let pos = 0;
  const peek = (): Token => tokens[pos];
  const next = (): Token => tokens[pos++];
  const isWord = (word: string): boolean => peek().kind === 'word' && peek().text === word;
  const expectWord = (word: string): void => {
    if (!isWord(word)) throw adoErrors.wiqlSyntax(`Expecting ${word}`, peek().text || 'end of query');
    pos++;
  };
  const field = (): AdoFieldDefinition => {
    const t = next();
    if (t.kind !== 'field') throw adoErrors.wiqlSyntax('Expecting field name', t.text || 'end of query');
    const found = fields.find(t.text);
    if (!found) throw adoErrors.wiqlUnknownField(`[${t.text}]`);
    return found;
  };
  const literal = (): Literal => {
    const t = next();
    if (t.kind === 'string') return { kind: 'string', value: t.text };
    if (t.kind === 'number') return { kind: 'number', value: Number(t.text) };
    if (t.kind === 'punct' && t.text === '-' && peek().kind === 'number') return { kind: 'number', value: -Number(next().text) };
    if (t.kind === 'macro') {
      let offset = 0;
      if (peek().kind === 'punct' && (peek().text === '+' || peek().text === '-')) {
        const sign = next().text === '-' ? -1 : 1;
        const n = next();
        if (n.kind !== 'number') throw adoErrors.wiqlSyntax('Expecting a number after the macro offset', n.text);
        offset = sign * Number(n.text);
      }
      return { kind: 'macro', name: t.text, offset };
    }
    throw adoErrors.wiqlSyntax('Expecting a constant value', t.text || 'end of query');
  };
  const predicate = (): Expr => {
    const start = peek().start;
    const f = field();
    let negate = false;
    if (isWord('NOT')) {
      pos++;
      negate = true;
    }
    let op: string;
    let values: Literal[];
    const t = peek();
    if (!negate && t.kind === 'op') {
      pos++;
      op = t.text;
      if (peek().kind === 'field') throw adoErrors.notSupportedByFake('WIQL field-to-field comparisons');
      values = [literal()];
    } else if (isWord('IN')) {
      pos++;
      if (next().text !== '(') throw adoErrors.wiqlSyntax('Expecting "("', tokens[pos - 1].text);
      values = [literal()];
      while (peek().text === ',') {
        pos++;
        values.push(literal());
      }
      if (next().text !== ')') throw adoErrors.wiqlSyntax('Expecting ")"', tokens[pos - 1].text || 'end of query');
      op = 'IN';
    } else if (isWord('CONTAINS')) {
      pos++;
      op = 'CONTAINS';
      if (isWord('WORDS')) {
        pos++;
        op = 'CONTAINS WORDS';
      }
      values = [literal()];
    } else if (isWord('UNDER')) {
      pos++;
      op = 'UNDER';
      values = [literal()];
    } else {
      throw adoErrors.wiqlSyntax('Expecting comparison operator', t.text || 'end of query');
    }
    const clause = source.slice(start, tokens[pos - 1].end);
    const node: Expr = { kind: 'predicate', field: f, op, values, clause };
    return negate ? { kind: 'not', expr: node } : node;
  };
  const unary = (): Expr => {
    if (isWord('NOT')) {
      pos++;
      return { kind: 'not', expr: unary() };
    }
    if (peek().text === '(' && peek().kind === 'punct') {
      pos++;
      const inner = orExpr();
      if (next().text !== ')') throw adoErrors.wiqlSyntax('Expecting ")"', tokens[pos - 1].text || 'end of query');
      return inner;
    }
    return predicate();
  };
  const andExpr = (): Expr => {
    let left = unary();
    while (isWord('AND')) {
      pos++;
      left = { kind: 'and', left, right: unary() };
    }
    return left;
  };
  const orExpr = (): Expr => {
    let left = andExpr();
    while (isWord('OR')) {
      pos++;
      left = { kind: 'or', left, right: andExpr() };
    }
    return left;
  };

  expectWord('SELECT');
  const columns = [field()];
  while (peek().text === ',') {
    pos++;
    columns.push(field());
  }
  expectWord('FROM');
  const from = next();
  if (from.kind !== 'word' || from.text !== 'WORKITEMS') {
    if (from.text === 'WORKITEMLINKS') throw adoErrors.notSupportedByFake('WIQL queries FROM WorkItemLinks');
    throw adoErrors.wiqlSyntax('Expecting WorkItems', from.text || 'end of query');
  }
  let where: Expr | undefined;
  if (isWord('WHERE')) {
    pos++;
    where = orExpr();
  }
  const orderBy: WiqlQuery['orderBy'] = [];
  if (isWord('ORDER')) {
    pos++;
    expectWord('BY');
    do {
      if (peek().text === ',') pos++;
      const f = field();
      let descending = false;
      if (isWord('ASC') || isWord('DESC')) descending = next().text === 'DESC';
      orderBy.push({ field: f, descending });
    } while (peek().text === ',');
  }
  if (peek().kind !== 'eof') throw adoErrors.wiqlSyntax('Expecting end of query', peek().text);
  return { columns, where, orderBy };
}

/** Ids of the work items matching the query, in its ORDER BY order (by id when it has none). */
export function runWiql(query: WiqlQuery, items: StoredWorkItem[], ctx: WiqlContext): number[] {
  if (query.where) checkDatePrecision(query.where, ctx);
  const matching = items.filter((item) => !query.where || evaluate(query.where, item, ctx));
  matching.sort((a, b) => {
    for (const o of query.orderBy) {
      const c = compareValues(o.field, a.fields[o.field.referenceName], b.fields[o.field.referenceName], ctx);
      if (c !== 0) return o.descending ? -c : c;
    }
    return a.id - b.id;
  });
  return matching.map((i) => i.id);
}

/** Azure DevOps rejects the whole query when a date literal carries a time and timePrecision is off. */
function checkDatePrecision(expr: Expr, ctx: WiqlContext): void {
  if (expr.kind === 'not') {
    checkDatePrecision(expr.expr, ctx);
  } else if (expr.kind !== 'predicate') {
    checkDatePrecision(expr.left, ctx);
    checkDatePrecision(expr.right, ctx);
  } else if (expr.field.type === 'dateTime' && !ctx.timePrecision) {
    for (const v of expr.values) {
      const parsed = v.kind === 'string' ? parseAdoTimestamp(v.value) : null;
      if (parsed && parsed.hasTime) throw adoErrors.wiqlTimeWithDatePrecision(expr.clause);
    }
  }
}

function evaluate(expr: Expr, item: StoredWorkItem, ctx: WiqlContext): boolean {
  switch (expr.kind) {
    case 'and':
      return evaluate(expr.left, item, ctx) && evaluate(expr.right, item, ctx);
    case 'or':
      return evaluate(expr.left, item, ctx) || evaluate(expr.right, item, ctx);
    case 'not':
      return !evaluate(expr.expr, item, ctx);
    default:
      return evaluatePredicate(expr, item.fields[expr.field.referenceName], ctx);
  }
}

function evaluatePredicate(p: Extract<Expr, { kind: 'predicate' }>, value: FieldValue | undefined, ctx: WiqlContext): boolean {
  const field = p.field;
  const text = (v: FieldValue | undefined): string => (v === undefined ? '' : isIdentity(v) ? `${v.displayName} <${v.uniqueName}>` : String(v)).toLowerCase();
  switch (p.op) {
    case 'IN':
      return p.values.some((v) => equals(field, value, resolve(v, ctx), ctx));
    case 'CONTAINS': {
      const needle = String(resolve(p.values[0], ctx)).toLowerCase();
      if (field.referenceName === 'System.Tags') return text(value).split(';').some((t) => t.trim() === needle);
      return text(value).indexOf(needle) >= 0;
    }
    case 'CONTAINS WORDS': {
      const words = String(resolve(p.values[0], ctx)).toLowerCase().split(/\s+/).filter((w) => w !== '');
      const haystack = text(value).split(/[^a-z0-9_]+/);
      return words.every((w) => haystack.indexOf(w) >= 0);
    }
    case 'UNDER': {
      const root = String(resolve(p.values[0], ctx)).toLowerCase();
      return text(value) === root || text(value).startsWith(root + '\\');
    }
    case '=':
      return equals(field, value, resolve(p.values[0], ctx), ctx);
    case '<>':
      return !equals(field, value, resolve(p.values[0], ctx), ctx);
    default: {
      if (value === undefined) return false;
      const c = compareValues(field, value, resolve(p.values[0], ctx), ctx);
      return p.op === '>' ? c > 0 : p.op === '<' ? c < 0 : p.op === '>=' ? c >= 0 : c <= 0;
    }
  }
}

type Resolved = string | number | AdoIdentity | { day: AdoInstant };

function resolve(literal: Literal, ctx: WiqlContext): Resolved {
  if (literal.kind !== 'macro') return literal.value;
  if (literal.name === '@project') return ctx.project;
  if (literal.name === '@me') return ctx.me;
  if (literal.name === '@today') return { day: [startOfUtcDay([ctx.nowMs, 0])[0] + literal.offset * 86400000, 0] };
  throw adoErrors.wiqlSyntax('Unknown macro', literal.name);
}

function equals(field: AdoFieldDefinition, value: FieldValue | undefined, target: Resolved, ctx: WiqlContext): boolean {
  if (value === undefined) return target === '';
  return compareValues(field, value, target, ctx) === 0;
}

function compareValues(field: AdoFieldDefinition, a: FieldValue | Resolved | undefined, b: FieldValue | Resolved | undefined, ctx: WiqlContext): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? -1 : 1;
  if (field.type === 'integer' || field.type === 'double') return Number(a) - Number(b);
  if (field.type === 'dateTime') {
    const ai = instantOf(a);
    const bi = instantOf(b);
    if (!ai || !bi) throw adoErrors.wiqlSyntax('Expecting a date', String(!ai ? a : b));
    return ctx.timePrecision ? compareInstants(ai, bi) : compareInstants(startOfUtcDay(ai), startOfUtcDay(bi));
  }
  const key = (v: FieldValue | Resolved): string =>
    (isIdentityLike(v) ? v.uniqueName : typeof v === 'object' ? '' : String(v).replace(/^.*<([^>]+)>\s*$/, '$1')).toLowerCase();
  const ak = key(a);
  const bk = key(b);
  if (field.type === 'identity' && typeof b === 'string' && isIdentityLike(a) && a.displayName.toLowerCase() === b.toLowerCase()) return 0;
  return ak < bk ? -1 : ak > bk ? 1 : 0;
}

function isIdentityLike(v: unknown): v is AdoIdentity {
  return v !== null && typeof v === 'object' && 'uniqueName' in (v as object);
}

function instantOf(v: FieldValue | Resolved): AdoInstant | null {
  if (v !== null && typeof v === 'object' && 'day' in v) return v.day;
  return typeof v === 'string' ? parseAdoTimestamp(v)?.instant || null : null;
}
