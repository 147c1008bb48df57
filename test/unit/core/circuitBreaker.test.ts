import { circuitPosition, deliveryAvailability, isOutageStatus } from '../../../src/app/core/circuitBreaker';

describe('circuitPosition', () => {
  it('closed below the threshold, whatever the cool-down says', () => {
    expect(circuitPosition(0, null, 1000, 5)).toBe('closed');
    expect(circuitPosition(4, 5000, 1000, 5)).toBe('closed');
  });

  it('open during the cool-down, half-open (one probe) once it ends or was cleared', () => {
    expect(circuitPosition(5, 5000, 4999, 5)).toBe('open');
    expect(circuitPosition(5, 5000, 5000, 5)).toBe('half_open');
    expect(circuitPosition(9, null, 5000, 5)).toBe('half_open');
  });
});

describe('deliveryAvailability', () => {
  it.each([0, 408, 500, 502, 503, 504])('a delivery that ends retrying on %s is an outage', (status) => {
    expect(isOutageStatus(status)).toBe(true);
    expect(deliveryAvailability(status, true, 3)).toBe('unavailable');
  });

  it('rate limiting and refusals are not outages: the server answered', () => {
    expect(isOutageStatus(429)).toBe(false);
    expect(deliveryAvailability(429, true, 0)).toBe('untested');
    expect(deliveryAvailability(400, false, 1)).toBe('available');
    expect(deliveryAvailability(200, false, 2)).toBe('available');
  });

  it('a delivery that sent nothing tested nothing', () => {
    expect(deliveryAvailability(undefined, false, 0)).toBe('untested');
  });
});
