// Identities arrive as "Name <mail>" strings, bare display names and IdentityRef objects; whichever form two sources
// use for the same account, they must compare equal, and different accounts must not.
import { formatAdoIdentity, isSameIdentity, parseAdoIdentity } from '../../../src/app/inbound/adoIdentity';

const service = { displayName: 'Incident Bridge Service', uniqueName: 'incident-bridge@fabrikam.example', id: '' };

describe('parseAdoIdentity', () => {
  test.each<[string, unknown, unknown]>([
    ['a hook string', 'Incident Bridge Service <incident-bridge@fabrikam.example>', service],
    ['an IdentityRef', { displayName: 'Incident Bridge Service', uniqueName: 'incident-bridge@fabrikam.example', id: 'a1' }, { ...service, id: 'a1' }],
    ['an update revisedBy (name holds the string form)', { id: 'a1', name: 'Incident Bridge Service <incident-bridge@fabrikam.example>' }, { ...service, id: 'a1' }],
    ['a bare display name (Microsoft samples)', 'Jamal Hartnett', { displayName: 'Jamal Hartnett', uniqueName: '', id: '' }],
    ['an account only', '<jamal@fabrikam.example>', { displayName: 'jamal@fabrikam.example', uniqueName: 'jamal@fabrikam.example', id: '' }],
  ])('%s', (_name, value, expected) => {
    expect(parseAdoIdentity(value)).toEqual(expected);
  });

  test.each([null, undefined, '', '   ', 42, {}, { id: 'x' }])('%p is no identity', (value) => {
    expect(parseAdoIdentity(value)).toBeNull();
  });
});

describe('isSameIdentity', () => {
  const string = parseAdoIdentity('Incident Bridge Service <Incident-Bridge@Fabrikam.example>');
  const object = parseAdoIdentity({ displayName: 'IB Service (renamed)', uniqueName: 'incident-bridge@fabrikam.example' });

  test('the same account in different forms, case-insensitively', () => {
    expect(isSameIdentity(string, object)).toBe(true);
    expect(isSameIdentity(parseAdoIdentity('Incident Bridge Service'), string)).toBe(true);
  });

  test('different accounts, even with the same display name, are different', () => {
    expect(isSameIdentity(string, parseAdoIdentity('Incident Bridge Service <someone@fabrikam.example>'))).toBe(false);
    expect(isSameIdentity(string, parseAdoIdentity('Jamal Hartnett <jamal@fabrikam.example>'))).toBe(false);
  });

  test('GUIDs decide when both sides have one', () => {
    expect(isSameIdentity({ ...service, id: 'A1' }, { ...service, id: 'a1' })).toBe(true);
    expect(isSameIdentity({ ...service, id: 'a1' }, { ...service, id: 'b2' })).toBe(false);
  });

  test('an unknown identity is never ours', () => {
    expect(isSameIdentity(null, string)).toBe(false);
    expect(isSameIdentity(string, null)).toBe(false);
  });

  test('formatAdoIdentity writes the form it reads back', () => {
    expect(formatAdoIdentity(service)).toBe('Incident Bridge Service <incident-bridge@fabrikam.example>');
    expect(parseAdoIdentity(formatAdoIdentity(service))).toEqual(service);
    expect(formatAdoIdentity({ displayName: 'Jamal Hartnett', uniqueName: '', id: '' })).toBe('Jamal Hartnett');
  });
});
