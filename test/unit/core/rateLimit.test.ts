import { FALLBACK_SPACING_MS, MAX_PAUSE_MS, readRateLimit } from '../../../src/app/core/rateLimit';

const NOW = Date.UTC(2026, 10, 22, 10, 0, 0);

describe('readRateLimit: windows (send nothing before they end)', () => {
  it('429 with Retry-After in seconds', () => {
    expect(readRateLimit(429, { 'retry-after': '30', 'x-ratelimit-remaining': '0' }, NOW, 20, 60000)).toEqual({ remaining: 0, pauseMs: 30000, reason: 'retry_after' });
  });

  it('503 with Retry-After as an HTTP-date', () => {
    expect(readRateLimit(503, { 'retry-after': 'Sun, 22 Nov 2026 10:02:00 GMT' }, NOW, 20, 60000)).toEqual({ remaining: null, pauseMs: 120000, reason: 'retry_after' });
  });

  it('429 without Retry-After: X-RateLimit-Delay (seconds with decimals), else the default', () => {
    expect(readRateLimit(429, { 'x-ratelimit-delay': '2.5' }, NOW, 20, 60000).pauseMs).toBe(2500);
    expect(readRateLimit(429, {}, NOW, 20, 60000)).toEqual({ remaining: null, pauseMs: 60000, reason: 'retry_after' });
    expect(readRateLimit(429, { 'retry-after': 'soon' }, NOW, 20, 45000).pauseMs).toBe(45000);
  });

  it('503 without Retry-After is an outage, not a pause', () => {
    expect(readRateLimit(503, {}, NOW, 20, 60000)).toEqual({ remaining: null, pauseMs: 0, reason: '' });
  });

  it('a Retry-After in the past pauses nothing; an absurd one is capped at a day', () => {
    expect(readRateLimit(429, { 'retry-after': 'Sun, 22 Nov 2026 09:00:00 GMT' }, NOW, 20, 60000).pauseMs).toBe(0);
    expect(readRateLimit(429, { 'retry-after': '99999999' }, NOW, 20, 60000).pauseMs).toBe(MAX_PAUSE_MS);
  });
});

describe('readRateLimit: slowing down before the limit', () => {
  it('plenty left (or no header): no pause, the remaining count is reported', () => {
    expect(readRateLimit(200, { 'x-ratelimit-remaining': '150' }, NOW, 20, 60000)).toEqual({ remaining: 150, pauseMs: 0, reason: '' });
    expect(readRateLimit(200, {}, NOW, 20, 60000)).toEqual({ remaining: null, pauseMs: 0, reason: '' });
  });

  it('below the threshold: the time to the reset spread over the TSTUs in use (the refill rate)', () => {
    // 200 TSTUs, 10 left, usage back to 0 in 95 s: 190 TSTUs return over 95 s, one every 500 ms.
    const headers = { 'x-ratelimit-remaining': '10', 'x-ratelimit-limit': '200', 'x-ratelimit-reset': String(NOW / 1000 + 95) };
    expect(readRateLimit(200, headers, NOW, 20, 60000)).toEqual({ remaining: 10, pauseMs: 500, reason: 'slow_down' });
  });

  it('below the threshold without limit and reset: X-RateLimit-Delay, else one second', () => {
    expect(readRateLimit(200, { 'x-ratelimit-remaining': '3', 'x-ratelimit-delay': '0.25' }, NOW, 20, 60000).pauseMs).toBe(250);
    expect(readRateLimit(200, { 'x-ratelimit-remaining': '3' }, NOW, 20, 60000).pauseMs).toBe(FALLBACK_SPACING_MS);
  });

  it('a threshold of 0 turns the slow-down off', () => {
    expect(readRateLimit(200, { 'x-ratelimit-remaining': '0', 'x-ratelimit-limit': '200', 'x-ratelimit-reset': String(NOW / 1000 + 60) }, NOW, 0, 60000).pauseMs).toBe(0);
  });

  it('garbage headers are ignored, never a pause of NaN', () => {
    const reading = readRateLimit(200, { 'x-ratelimit-remaining': 'lots', 'x-ratelimit-reset': 'x' }, NOW, 20, 60000);
    expect(reading).toEqual({ remaining: null, pauseMs: 0, reason: '' });
    expect(readRateLimit(200, { 'x-ratelimit-remaining': '1', 'x-ratelimit-limit': '-5', 'x-ratelimit-reset': 'x' }, NOW, 20, 60000).pauseMs).toBe(FALLBACK_SPACING_MS);
  });
});
