import { fingerprint } from '../../../src/app/core/fingerprint';

// An independent FNV-1a 32 over UTF-16LE bytes using Math.imul (fine in Node), to check the shift-based multiply.
function referenceFnv1a(bytes: Buffer, basis: number): number {
  let hash = basis;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 16777619) >>> 0;
  return hash >>> 0;
}

function referenceFingerprint(values: { [k: string]: string }): string {
  const canonical = JSON.stringify(Object.keys(values).sort().map((k) => [k, values[k] ?? '']));
  const forward = Buffer.from(canonical, 'utf16le');
  // The second pass walks the code units backwards: reverse them as 2-byte units.
  const units: number[] = [];
  for (let i = 0; i < canonical.length; i++) units.push(canonical.charCodeAt(i));
  const backward = Buffer.alloc(units.length * 2);
  units.reverse().forEach((u, i) => backward.writeUInt16LE(u, i * 2));
  return referenceFnv1a(forward, 0x811c9dc5).toString(16).padStart(8, '0') + referenceFnv1a(backward, 0x050c5d1f).toString(16).padStart(8, '0');
}

describe('fingerprint', () => {
  const values = { short_description: 'Disk full on db01', description: 'line 1\nline 2', state: '2', priority: '3' };

  it('is 16 hex characters', () => {
    expect(fingerprint(values)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('does not depend on key order', () => {
    const reordered = { priority: '3', state: '2', description: 'line 1\nline 2', short_description: 'Disk full on db01' };
    expect(fingerprint(reordered)).toBe(fingerprint(values));
  });

  it('changes when any single value or name changes', () => {
    const base = fingerprint(values);
    const seen = new Set([base]);
    for (const key of Object.keys(values)) {
      const changed = { ...values, [key]: (values as any)[key] + 'x' };
      seen.add(fingerprint(changed));
    }
    seen.add(fingerprint({ ...values, state: '3', priority: '2' }));
    seen.add(fingerprint({ ...values, u_extra: '' }));
    expect(seen.size).toBe(Object.keys(values).length + 3);
  });

  it('does not confuse where one name or value ends and the next begins', () => {
    expect(fingerprint({ a: 'bc' })).not.toBe(fingerprint({ ab: 'c' }));
    expect(fingerprint({ a: 'b', c: '' })).not.toBe(fingerprint({ a: 'b","c' }));
  });

  it('counts null and absent-as-undefined values as empty, the way getValue() and a snapshot differ', () => {
    expect(fingerprint({ state: null as unknown as string })).toBe(fingerprint({ state: '' }));
    expect(fingerprint({ state: undefined as unknown as string })).toBe(fingerprint({ state: '' }));
  });

  it.each([
    [{}],
    [{ state: '2' }],
    [{ title: 'café 😀 ünïcode', x: '\u0000\uffff' }],
    [{ short_description: 'Disk full on db01', description: 'line 1\nline 2', state: '2', priority: '3' }],
  ])('matches an independent FNV-1a implementation for %j', (input) => {
    expect(fingerprint(input)).toBe(referenceFingerprint(input));
  });

  it('ignores inherited properties', () => {
    const proto = { inherited: 'x' };
    const own = Object.create(proto);
    own.state = '2';
    expect(fingerprint(own)).toBe(fingerprint({ state: '2' }));
  });
});
