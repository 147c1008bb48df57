import { coalesce, OutboxPayload, parsePayload } from '../../../src/app/core/outboxPayload';

function payload(overrides: Partial<OutboxPayload>): OutboxPayload {
  return { incident: 'inc1', number: 'INC0010001', reason: 'update', changedFields: [], journal: false, attachments: [], ...overrides };
}

describe('coalesce', () => {
  it('returns an equal payload for a single entry', () => {
    const one = payload({ reason: 'create', changedFields: ['state', 'short_description'], journal: true, attachments: ['a1'] });
    expect(coalesce([one])).toEqual(one);
  });

  it('unions changed fields and attachments in first-seen order, without duplicates', () => {
    const result = coalesce([
      payload({ changedFields: ['state'], attachments: ['a2'] }),
      payload({ changedFields: ['priority', 'state'], attachments: ['a1', 'a2'] }),
      payload({ changedFields: ['short_description', 'priority'], attachments: ['a3'] }),
    ]);
    expect(result.changedFields).toEqual(['state', 'priority', 'short_description']);
    expect(result.attachments).toEqual(['a2', 'a1', 'a3']);
  });

  it('turns a burst of 20 saves into one update carrying every field', () => {
    const saves: OutboxPayload[] = [];
    for (let i = 0; i < 20; i++) saves.push(payload({ changedFields: [i % 2 ? 'state' : 'description'] }));
    expect(coalesce(saves)).toEqual(payload({ changedFields: ['description', 'state'] }));
  });

  it.each([
    [['update', 'update'], 'update'],
    [['attachment', 'attachment'], 'attachment'],
    [['attachment', 'update'], 'update'],
    [['update', 'attachment'], 'update'],
    [['update', 'create', 'update'], 'create'],
    [['create', 'attachment'], 'create'],
    [['attachment', 'create'], 'create'],
  ] as const)('reasons %j -> %s', (reasons, expected) => {
    expect(coalesce(reasons.map((reason) => payload({ reason }))).reason).toBe(expected);
  });

  it.each([
    [[false, false], false],
    [[false, true, false], true],
    [[true], true],
  ])('journal %j -> %s', (flags, expected) => {
    expect(coalesce(flags.map((journal) => payload({ journal }))).journal).toBe(expected);
  });

  it('takes the number from the latest entry and leaves the inputs untouched', () => {
    const first = payload({ number: 'INC0010001', changedFields: ['state'] });
    const second = payload({ number: 'INC0010001-renumbered', changedFields: ['priority'] });
    const result = coalesce([first, second]);
    expect(result.number).toBe('INC0010001-renumbered');
    expect(first.changedFields).toEqual(['state']);
    expect(result.changedFields).not.toBe(first.changedFields);
  });

  it('refuses an empty list', () => {
    expect(() => coalesce([])).toThrow();
  });
});

describe('parsePayload', () => {
  it('reads back what JSON.stringify wrote', () => {
    const original = payload({ reason: 'attachment', changedFields: ['state'], journal: true, attachments: ['a1', 'a2'] });
    expect(parsePayload(JSON.stringify(original))).toEqual(original);
  });

  it('reads absent lists and flags as empty', () => {
    expect(parsePayload('{"incident":"inc1","reason":"update"}')).toEqual({ incident: 'inc1', number: '', reason: 'update', changedFields: [], journal: false, attachments: [] });
  });

  it.each([
    ['', 'empty text'],
    ['not json', 'not JSON'],
    ['{"incident":"inc1","reason":"update"', 'truncated'],
    ['null', 'null'],
    ['[]', 'an array'],
    ['"text"', 'a string'],
    ['{"reason":"update"}', 'no incident'],
    ['{"incident":"","reason":"update"}', 'empty incident'],
    ['{"incident":42,"reason":"update"}', 'numeric incident'],
    ['{"incident":"inc1"}', 'no reason'],
    ['{"incident":"inc1","reason":"delete"}', 'unknown reason'],
    ['{"incident":"inc1","reason":"update","changedFields":"state"}', 'fields not a list'],
    ['{"incident":"inc1","reason":"update","changedFields":[1]}', 'fields not strings'],
    ['{"incident":"inc1","reason":"update","journal":"true"}', 'journal not a boolean'],
    ['{"incident":"inc1","reason":"update","attachments":[null]}', 'attachments not strings'],
    ['{"incident":"inc1","reason":"update","number":7}', 'number not a string'],
  ])('returns null for %j (%s)', (text) => {
    expect(parsePayload(text)).toBeNull();
  });

  it('returns null instead of throwing for non-string input', () => {
    expect(parsePayload(undefined as unknown as string)).toBeNull();
  });

  it('returns null for a row edited to hold JSON nested 200,000 levels deep, without parsing it', () => {
    expect(parsePayload('{"incident":"inc1","reason":"update","x":' + '['.repeat(200000) + ']'.repeat(200000) + '}')).toBeNull();
  });
});
