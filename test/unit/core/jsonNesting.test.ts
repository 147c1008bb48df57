import { jsonNestsDeeperThan, MAX_JSON_CHARS, MAX_JSON_NESTING, parseJsonOrNull, readJson } from '../../../src/app/core/jsonNesting';

describe('jsonNestsDeeperThan', () => {
  it('counts objects and arrays opened inside one another', () => {
    expect(jsonNestsDeeperThan('{"a":[{"b":1}]}', 3)).toBe(false);
    expect(jsonNestsDeeperThan('{"a":[{"b":[1]}]}', 3)).toBe(true);
  });
  it('counts depth, not how many objects there are', () => {
    expect(jsonNestsDeeperThan('[' + '{},'.repeat(1000) + '{}]', 2)).toBe(false);
  });
  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(jsonNestsDeeperThan('{"text":"[[[[{{{{ \\" [[[[ "}', 1)).toBe(false);
  });
  it('finds a hostile body at once, whatever its length', () => {
    expect(jsonNestsDeeperThan('['.repeat(100000) + ']'.repeat(100000), MAX_JSON_NESTING)).toBe(true);
    expect(jsonNestsDeeperThan('{"a":'.repeat(MAX_JSON_NESTING) + '1' + '}'.repeat(MAX_JSON_NESTING), MAX_JSON_NESTING)).toBe(false);
  });
});

describe('readJson: the one JSON parse of the app', () => {
  const deep = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

  it('parses JSON up to the nesting limit', () => {
    expect(readJson('{"a":[1,{"b":"c"}]}')).toEqual({ value: { a: [1, { b: 'c' }] }, problem: '', detail: '' });
    expect(readJson(deep(MAX_JSON_NESTING)).problem).toBe('');
  });
  it('does not parse text nested deeper than the limit, however deep (200,000 levels cost one partial scan)', () => {
    for (const levels of [MAX_JSON_NESTING + 1, 200000]) {
      expect(readJson(deep(levels))).toEqual({ value: undefined, problem: 'too_deep', detail: 'It nests deeper than 64 levels' });
    }
    expect(readJson(deep(10), 9).problem).toBe('too_deep');
  });
  it('does not parse text longer than MAX_JSON_CHARS', () => {
    const long = '"' + 'x'.repeat(MAX_JSON_CHARS) + '"';
    expect(readJson(long)).toEqual({ value: undefined, problem: 'too_long', detail: 'It is longer than ' + MAX_JSON_CHARS + ' characters' });
  });
  it('says why invalid text is invalid, and never throws', () => {
    for (const text of ['', '{', 'undefined', '[1,]', null as unknown as string, undefined as unknown as string]) {
      const reading = readJson(text);
      expect([text, reading.problem, reading.value]).toEqual([text, 'invalid', undefined]);
      expect(reading.detail).not.toBe('');
    }
  });
  it('parseJsonOrNull: the value, or null for anything readJson does not parse', () => {
    expect(parseJsonOrNull('{"id": 7}')).toEqual({ id: 7 });
    expect(parseJsonOrNull(deep(200000))).toBeNull();
    expect(parseJsonOrNull('{')).toBeNull();
  });
});
