import { jsonNestsDeeperThan, MAX_JSON_NESTING } from '../../../src/app/core/jsonNesting';

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
