// What one exchange shows about a connection's health, against what is stored: only what it proves changes it.
import { healthAfterExchange, OutboundExchange } from '../../../src/app/core/exchangeHealth';

const delivered = (extra: Partial<OutboundExchange> = {}): OutboundExchange => ({ direction: 'outbound', delivered: true, httpStatus: 200, authType: 'pat', circuitClosed: false, ...extra });
const refused = (httpStatus: number, extra: Partial<OutboundExchange> = {}): OutboundExchange => ({ direction: 'outbound', delivered: false, httpStatus, error: `HTTP ${httpStatus}: no`, authType: 'pat', circuitClosed: false, ...extra });
const stored = (status: string, error = '') => ({ status, error });

describe('an accepted outbound delivery', () => {
  test('makes unknown, empty and down healthy, and says healthy again where it is', () => {
    for (const status of ['unknown', '', 'down', 'healthy']) expect([status, healthAfterExchange(stored(status, 'x'), delivered())]).toEqual([status, { status: 'healthy', error: '' }]);
  });

  test('leaves degraded alone (dead entries, a missing state, a refresh token about to expire) unless it closed the circuit', () => {
    expect(healthAfterExchange(stored('degraded', 'Dead outbox entries wait'), delivered())).toBeNull();
    expect(healthAfterExchange(stored('degraded', 'Deliveries paused until ...'), delivered({ circuitClosed: true }))).toEqual({ status: 'healthy', error: '' });
  });
});

describe('a refused outbound delivery', () => {
  test('401 and 403 are down, in the words of the health check for the auth type', () => {
    const unauthorized = healthAfterExchange(stored('healthy'), refused(401));
    expect(unauthorized).toEqual({ status: 'down', error: expect.stringMatching(/^Invalid credentials \(401\): the personal access token .* - HTTP 401: no$/) });
    expect(healthAfterExchange(stored('unknown'), refused(403))).toEqual({ status: 'down', error: expect.stringMatching(/^Missing permission \(403\)/) });
    expect(healthAfterExchange(stored('healthy'), refused(401, { authType: 'oauth2' }))!.error).toContain('re-authorize the OAuth profile');
  });

  test('other refusals are about the one request: nothing changes', () => {
    for (const status of [400, 404, 409, 412, 413, 422]) expect([status, healthAfterExchange(stored('unknown'), refused(status))]).toEqual([status, null]);
  });

  test('a refused probe still ends the outage that degraded the connection, but not another degradation', () => {
    expect(healthAfterExchange(stored('degraded'), refused(400, { circuitClosed: true }))).toEqual({ status: 'healthy', error: '' });
    expect(healthAfterExchange(stored('down'), refused(400, { circuitClosed: true }))).toBeNull();
  });

  test('an outage (no answer, 5xx, 429) is left to the circuit breaker', () => {
    for (const status of [0, 429, 500, 503]) expect([status, healthAfterExchange(stored('healthy'), refused(status))]).toEqual([status, null]);
  });
});

test('an accepted inbound delivery turns only unknown into healthy (it proves nothing about the outbound credential)', () => {
  expect(healthAfterExchange(stored('unknown'), { direction: 'inbound' })).toEqual({ status: 'healthy', error: '' });
  expect(healthAfterExchange(stored(''), { direction: 'inbound' })).toEqual({ status: 'healthy', error: '' });
  for (const status of ['healthy', 'degraded', 'down']) expect([status, healthAfterExchange(stored(status, 'e'), { direction: 'inbound' })]).toEqual([status, null]);
});
