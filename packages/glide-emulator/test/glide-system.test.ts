// gs as a scoped script sees it: properties, logging, the session user and roles, scope and application, helpers.
import { emulate } from './emulated-instance';

describe('properties', () => {
  test('getProperty reads sys_properties as a string, or the default', () => {
    const { instance, glide } = emulate();
    instance.db.insert('sys_properties', { name: 'x_incb_bridge.retry.max', value: '5', type: 'integer' });
    expect(glide.gs.getProperty('x_incb_bridge.retry.max')).toBe('5');
    expect(glide.gs.getProperty('x_incb_bridge.missing', 'fallback')).toBe('fallback');
    expect(glide.gs.getProperty('x_incb_bridge.missing')).toBeNull();
  });

  test('setProperty updates an existing property or creates it', () => {
    const { instance, glide } = emulate();
    glide.gs.setProperty('x_incb_bridge.flag', true, 'a flag');
    glide.gs.setProperty('x_incb_bridge.flag', 'false');
    expect(instance.db.rows('sys_properties', 'name=x_incb_bridge.flag')).toEqual([expect.objectContaining({ value: 'false', description: 'a flag' })]);
  });
});

describe('logging', () => {
  test('info/warn/error/debug write to the instance logs with {n} placeholders filled', () => {
    const logged: string[] = [];
    const { instance, glide } = emulate({ onLog: (level, message) => logged.push(level + ':' + message) });
    glide.gs.info('Synced {0} to {1}', 'INC0010001', 42);
    glide.gs.warn('careful');
    glide.gs.error('bad {0}', 'thing');
    glide.gs.debug('details');
    expect(instance.logs.map((l) => l.level + ':' + l.message)).toEqual(['info:Synced INC0010001 to 42', 'warn:careful', 'error:bad thing', 'debug:details']);
    expect(logged).toEqual(instance.logs.map((l) => l.level + ':' + l.message));
  });

  test('gs.log and gs.print do not exist in a scoped application', () => {
    const { glide } = emulate();
    expect(glide.gs.log).toBeUndefined();
    expect(glide.gs.print).toBeUndefined();
  });
});

describe('users, roles and sessions', () => {
  test('the session user defaults to admin, who has every role', () => {
    const { glide } = emulate();
    expect(glide.gs.getUserName()).toBe('admin');
    expect(glide.gs.getUserID()).toBe('6816f79cc0a8016401c5a33be04be441');
    expect(glide.gs.getUserDisplayName()).toBe('System Administrator');
    expect(glide.gs.hasRole('x_incb_bridge.admin')).toBe(true);
  });

  test('other users have the roles granted to them; runAs switches the session user', () => {
    const { instance, glide } = emulate();
    const id = instance.addUser({ user_name: 'itil.user', first_name: 'Ivy', last_name: 'Til', email: 'ivy@example.com', roles: ['itil'] });
    const seen = instance.runAs('itil.user', () => [glide.gs.getUserName(), glide.gs.getUserID(), glide.gs.hasRole('itil'), glide.gs.hasRole('admin'), glide.gs.getUser().getEmail()]);
    expect(seen).toEqual(['itil.user', id, true, false, 'ivy@example.com']);
    expect(glide.gs.getUserName()).toBe('admin');
    expect(() => instance.runAs('nobody', () => 1)).toThrow(/nobody/);
  });

  test('an instance can start as another user, who is created', () => {
    const { glide } = emulate({ userName: 'integration' });
    expect(glide.gs.getUserName()).toBe('integration');
    expect(glide.gs.hasRole('admin')).toBe(false);
    expect(glide.gs.getUserID()).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('scope and application', () => {
  test('getCurrentScopeName is the running script\'s scope', () => {
    const { instance, glide } = emulate();
    expect(glide.gs.getCurrentScopeName()).toBe('global');
    expect(instance.runInScope('x_incb_bridge', () => glide.gs.getCurrentScopeName())).toBe('x_incb_bridge');
    expect(instance.evaluate('return gs.getCurrentScopeName();', {}, 'x_other')).toBe('x_other');
  });

  test('getCurrentApplicationId is the Application Picker\'s choice: global for REST callers, jobs and events, never the script\'s app', () => {
    const { instance, glide } = emulate();
    instance.db.insert('sys_app', { name: 'Incident Bridge', scope: 'x_incb_bridge', version: '0.1.0' });
    expect(glide.gs.getCurrentApplicationId()).toBe('global');
    expect(instance.runInScope('x_incb_bridge', () => glide.gs.getCurrentApplicationId())).toBe('global');
    expect(instance.runInScope('x_incb_bridge', () => glide.gs.getSession().getCurrentApplicationId())).toBe('global');
  });

  test('session client data lasts for the unit of work that put it (a runAs block), not beyond', () => {
    const { instance, glide } = emulate();
    instance.addUser({ user_name: 'svc' });
    instance.runAs('svc', () => {
      glide.gs.getSession().putClientData('k', 'v1');
      expect(glide.gs.getSession().getClientData('k')).toBe('v1');
      instance.runAs('admin', () => expect(glide.gs.getSession().getClientData('k')).toBeNull());
      expect(glide.gs.getSession().getClientData('k')).toBe('v1');
    });
    instance.runAs('svc', () => expect(glide.gs.getSession().getClientData('k')).toBeNull());
  });
});

describe('helpers', () => {
  test('nowDateTime and now follow the instance clock (UTC)', () => {
    const { instance, glide } = emulate();
    instance.clock.advance(3600 * 1000 * 15);
    expect(glide.gs.nowDateTime()).toBe('2024-05-18 00:30:00');
    expect(glide.gs.now()).toBe('2024-05-18');
  });

  test('generateGUID, nil, tableExists, getMessage, base64 and URL encoding', () => {
    const { glide } = emulate();
    expect(glide.gs.generateGUID()).toMatch(/^[0-9a-f]{32}$/);
    expect(glide.gs.generateGUID()).not.toBe(glide.gs.generateGUID());
    const gr = new glide.GlideRecord('incident');
    gr.initialize();
    expect([glide.gs.nil(null), glide.gs.nil(''), glide.gs.nil('x'), glide.gs.nil(gr.short_description)]).toEqual([true, true, false, true]);
    expect([glide.gs.tableExists('incident'), glide.gs.tableExists('u_nope')]).toEqual([true, false]);
    expect(glide.gs.getMessage('Synced {0} of {1}', [3, 4])).toBe('Synced 3 of 4');
    expect(glide.gs.getMessage('Hello {0}', 'you')).toBe('Hello you');
    expect(glide.gs.base64Encode('héllo')).toBe('aMOpbGxv');
    expect(glide.gs.base64Decode('aMOpbGxv')).toBe('héllo');
    expect(glide.gs.urlEncode("a b&c=d/é!")).toBe('a+b%26c%3Dd%2F%C3%A9%21');
    expect(glide.gs.urlDecode('a+b%26c')).toBe('a b&c');
  });
});
