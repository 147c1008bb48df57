// HTTP basic authentication of inbound requests, as the instance does it: no Authorization header means an
// unauthenticated request (the instance decides whether the resource allows that), a Basic header with a known user
// and its password means that user, anything else is rejected with 401 before the instance sees it.
import { timingSafeEqual } from 'node:crypto';
import type { SandboxUser } from './sandbox-users';

export type Authentication = { kind: 'anonymous' } | { kind: 'user'; user: SandboxUser } | { kind: 'rejected' };

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

export function authenticate(authorization: string | undefined, users: readonly SandboxUser[]): Authentication {
  if (authorization === undefined || authorization === '') return { kind: 'anonymous' };
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(authorization);
  if (!match) return { kind: 'rejected' };
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return { kind: 'rejected' };
  const userName = decoded.slice(0, colon);
  const password = decoded.slice(colon + 1);
  const user = users.find((u) => u.user_name === userName);
  // The password is compared even for an unknown user, so the answer takes as long either way.
  const passwordMatches = sameSecret(password, user ? user.password : password + '\u0000');
  return user && passwordMatches ? { kind: 'user', user } : { kind: 'rejected' };
}
