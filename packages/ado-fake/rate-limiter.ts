// Azure DevOps rate limiting, as a token bucket measured in TSTUs: each request costs `costPerRequest`, the bucket
// refills continuously. Near the limit, responses carry X-RateLimit-* headers (clients should slow down); when empty,
// requests are blocked with 429, Retry-After and the X-RateLimit-Resource/Delay/Limit/Remaining/Reset headers
// described in Microsoft's "Rate and usage limits" page.

export interface RateLimitConfig {
  /** TSTUs allowed before requests are blocked (X-RateLimit-Limit) */
  limit: number;
  /** TSTUs regained per second */
  refillPerSecond: number;
  costPerRequest?: number;
  /** send X-RateLimit-Remaining on normal responses once at most this much is left (default: a tenth of the limit) */
  warnBelow?: number;
  /** X-RateLimit-Resource, shown to humans (Azure DevOps names a service and threshold type) */
  resource?: string;
}

export interface RateDecision {
  allowed: boolean;
  headers: { [name: string]: string };
}

export class RateLimiter {
  private tokens: number;
  private updatedMs: number;

  constructor(readonly config: RateLimitConfig, private readonly nowMs: () => number) {
    if (!(config.limit > 0) || !(config.refillPerSecond > 0)) throw new Error('A rate limit needs limit > 0 and refillPerSecond > 0');
    this.tokens = config.limit;
    this.updatedMs = nowMs();
  }

  take(): RateDecision {
    const now = this.nowMs();
    const { limit, refillPerSecond } = this.config;
    this.tokens = Math.min(limit, this.tokens + ((now - this.updatedMs) / 1000) * refillPerSecond);
    this.updatedMs = now;
    const cost = this.config.costPerRequest ?? 1;
    const resource = this.config.resource || 'ATCPU';
    const allowed = this.tokens >= cost;
    if (allowed) this.tokens -= cost;
    const secondsUntilFull = (limit - this.tokens) / refillPerSecond;
    const common = {
      'X-RateLimit-Resource': resource,
      'X-RateLimit-Limit': String(limit),
      'X-RateLimit-Reset': String(Math.ceil(now / 1000 + secondsUntilFull)),
    };
    if (!allowed) {
      const wait = (cost - this.tokens) / refillPerSecond;
      return {
        allowed,
        headers: { 'Retry-After': String(Math.max(1, Math.ceil(wait))), ...common, 'X-RateLimit-Delay': wait.toFixed(3), 'X-RateLimit-Remaining': '0' },
      };
    }
    const warnBelow = this.config.warnBelow ?? limit / 10;
    if (this.tokens > warnBelow) return { allowed, headers: {} };
    return { allowed, headers: { ...common, 'X-RateLimit-Remaining': String(Math.floor(this.tokens)) } };
  }
}
