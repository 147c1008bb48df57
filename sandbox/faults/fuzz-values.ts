// The raw material of malformed inputs, drawn from a seeded generator so a fuzz run can be repeated: ids that are
// not ids, query-syntax and script injections, awkward Unicode, very long text, bodies that are not JSON or not a
// JSON object, and JSON nested deeper than any real request. Nothing here is valid for any route by construction.
import { between, pick, Random } from './seeded-random';

/** Encoded-query, SQL and script fragments: data a careless handler would let widen a query or run. */
export const INJECTIONS = [
  '^ORactive=true',
  '^NQsys_idISNOTEMPTY',
  'active=true^ORactive=false',
  'sys_idISNOTEMPTY',
  'javascript:gs.getUserName()',
  "javascript:new GlideRecord('incident').deleteMultiple()",
  "' OR '1'='1",
  '1; DROP TABLE incident; --',
  '${7*7}',
  '<script>alert(1)</script>',
  '%00',
  '../../../etc/passwd',
];

/** Text a naive parser or comparison trips over: combining marks, right-to-left override, astral planes, NUL,
 * full-width digits, zero-width space. */
export const AWKWARD_UNICODE = ['e\u0301\u0301\u0301', '\u202Eevil\u202C', '\uD835\uDD18\uD835\uDD2B\uD835\uDD26', '\u0000', '\uFF11\uFF12', '\u200B', '\uD83D\uDD25', '\u0130stanbul'];

const HEX = '0123456789abcdef';

export function randomHex(random: Random, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += HEX.charAt(between(random, 0, 15));
  return out;
}

export function randomWord(random: Random, min = 3, max = 12): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let out = '';
  for (let i = between(random, min, max); i > 0; i--) out += letters.charAt(between(random, 0, 25));
  return out;
}

/** A string of `length` characters built from a random mix of ASCII, Unicode and injection pieces. */
export function longText(random: Random, length: number): string {
  const pieces = ['x', 'lorem ipsum ', '\u00e9', '\uD83D\uDD25', '^OR', '"', '\\', '\n'];
  let out = '';
  while (out.length < length) out += pick(random, pieces);
  // never end on half a surrogate pair: a lone surrogate cannot be URL-encoded into a path
  return out.substring(0, /[\uD800-\uDBFF]/.test(out.charAt(length - 1)) ? length - 1 : length);
}

/** Something in the place of a sys_id or a record number that is neither: wrong length, not hex, injections,
 * Unicode, very long. `real` is a real sys_id or number, for injections glued onto a real value. */
export function badId(random: Random, real: string): string {
  switch (between(random, 0, 9)) {
    case 0: return randomHex(random, pick(random, [31, 33, 16, 64]));
    case 1: return randomHex(random, 31) + pick(random, ['g', 'z', '-', ' ', '.']);
    case 2: return real + pick(random, INJECTIONS);
    case 3: return pick(random, INJECTIONS);
    case 4: return pick(random, AWKWARD_UNICODE) + randomHex(random, between(random, 0, 32));
    case 5: return longText(random, between(random, 200, 8000));
    case 6: return pick(random, [' ', '\t']) + real;
    case 7: return real.toLowerCase() === real ? real + ' ' : real.toLowerCase();
    case 8: return pick(random, ['null', 'undefined', 'NaN', '0', '-1', '{id}', '*', '%', 'true', '[]']);
    default: return pick(random, ['INC', 'inc0010001', 'INC001', 'INC-0010001', 'INC 0010001', 'INCIDENT0010001']);
  }
}

/** A body that is not JSON at all. */
export function notJson(random: Random): string {
  return pick(random, [
    '{',
    '{"text": ',
    "{'text': 'single quotes'}",
    '{"text": "trailing comma",}',
    '{text: "bare key"}',
    'undefined',
    'NaN',
    '<incident><text>xml</text></incident>',
    'text=form+encoded&x=1',
    '\uFEFF{"text": "byte order mark"}',
    '{"a": 1}{"b": 2}',
    '"unterminated',
    randomWord(random),
    longText(random, between(random, 10, 500)),
  ]);
}

/** JSON that parses but is not an object: the routes all take a JSON object. */
export function jsonNotObject(random: Random): string {
  return pick(random, ['[]', '[{}]', 'null', '42', '-0.5', '"a string"', 'true', 'false', '[' + JSON.stringify({ text: 'inside an array' }) + ']', '1e999']);
}

/** JSON nested deeper than any real request, as objects or arrays: valid JSON no real request resembles. From
 * `atLeast` levels on (default 64): Rhino's JSON.parse dies of a StackOverflowError at about 2,000. */
export function deeplyNested(random: Random, atLeast = 64): string {
  const depth = pick(random, [64, 512, 5000, 20000, 100000, 200000].filter((levels) => levels >= atLeast));
  if (random() < 0.5) return '['.repeat(depth) + ']'.repeat(depth);
  return '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}

/** Any value of a JSON type other than string, for a field that must be a string. */
export function notAString(random: Random): unknown {
  return pick<unknown>(random, [null, 0, 42, -1, 1.5, true, false, [], ['text'], {}, { text: 'nested' }, { toString: 'x' }]);
}

/** Content types that are not JSON. */
export function notJsonContentType(random: Random): string {
  return pick(random, ['text/plain', 'text/xml', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/octet-stream', 'text/html; charset=utf-8', 'application/jsonp', 'json']);
}
