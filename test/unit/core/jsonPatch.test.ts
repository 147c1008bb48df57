import { fieldPath, patchOp } from '../../../src/app/core/jsonPatch';

describe('patchOp', () => {
  it('never carries a from member (Azure DevOps rejects from: null)', () => {
    for (const op of ['add', 'remove', 'replace', 'test', 'move', 'copy'] as const) {
      const built = patchOp(op, '/fields/System.Title', 'x');
      expect(Object.prototype.hasOwnProperty.call(built, 'from')).toBe(false);
      expect(JSON.stringify(built)).not.toContain('from');
    }
  });

  it('leaves value out of an op without one, and keeps falsy values that are real', () => {
    expect(patchOp('remove', '/relations/0')).toEqual({ op: 'remove', path: '/relations/0' });
    expect(Object.keys(patchOp('remove', '/relations/0'))).toEqual(['op', 'path']);
    expect(patchOp('add', '/fields/System.Description', '')).toEqual({ op: 'add', path: '/fields/System.Description', value: '' });
    expect(patchOp('test', '/rev', 0)).toEqual({ op: 'test', path: '/rev', value: 0 });
    expect(patchOp('add', '/fields/X', null)).toEqual({ op: 'add', path: '/fields/X', value: null });
  });
});

describe('fieldPath', () => {
  it.each([
    ['System.Title', '/fields/System.Title'],
    ['Microsoft.VSTS.Common.Priority', '/fields/Microsoft.VSTS.Common.Priority'],
    ['Custom.A/B', '/fields/Custom.A~1B'],
    ['Custom.~x', '/fields/Custom.~0x'],
    ['a~/b', '/fields/a~0~1b'],
  ])('%s -> %s (RFC 6901 escaping)', (name, path) => {
    expect(fieldPath(name)).toBe(path);
  });
});
