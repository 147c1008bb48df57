// sn_auth.GlideOAuthToken: a stored access/refresh token. getExpiresIn() counts down on the instance clock, as the
// platform reports the remaining lifespan of the stored token.
import { JavaLong, javaLong } from './javaLong';
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
  /** Seconds the access token has left (0 once expired, -1 when the provider gave no lifespan), as the documented
   * "Number (Long)" (c_GlideOAuthToken.md): a Java Long, an object to the script. It compares and converts as a
   * number (`Number(x) <= 0`, `x > 0`), but `x === 0` is never true, as on an instance. */
  getExpiresIn(): JavaLong {
    var remaining = this.store ? this.store.remainingMs(this.token) : null;
    return javaLong(remaining === null ? -1 : Math.floor(remaining / 1000));
  }
}
