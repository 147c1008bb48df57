// sn_auth.GlideOAuthToken: a stored access/refresh token. getExpiresIn() counts down on the instance clock, as the
// platform reports the remaining lifespan of the stored token.
import { OAuthTokenStore, StoredToken } from './oauthTokenStore';

export class GlideOAuthToken {
  private token: StoredToken;
  private store: OAuthTokenStore | null;

  constructor(token?: StoredToken, store?: OAuthTokenStore) {
    this.token = token || { accessToken: '', refreshToken: '', scope: '', expiresAt: null };
    this.store = store || null;
  }

  getAccessToken(): string {
    return this.token.accessToken;
  }
  getRefreshToken(): string {
    return this.token.refreshToken;
  }
  getScope(): string {
    return this.token.scope;
  }
  /** seconds the access token has left (0 once expired, -1 when the provider gave no lifespan) */
  getExpiresIn(): number {
    var remaining = this.store ? this.store.remainingMs(this.token) : null;
    return remaining === null ? -1 : Math.floor(remaining / 1000);
  }
}
