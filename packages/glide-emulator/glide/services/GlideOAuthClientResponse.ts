// sn_auth.GlideOAuthClientResponse: the outcome of a token request made with GlideOAuthClient.
import { GlideOAuthToken } from './GlideOAuthToken';
import { OAuthTokenStore, TokenExchange } from './oauthTokenStore';

export class GlideOAuthClientResponse {
  private exchange: TokenExchange;
  private store: OAuthTokenStore | null;

  constructor(exchange?: TokenExchange, store?: OAuthTokenStore) {
    this.exchange = exchange || { status: 0, body: '', contentType: '', parameters: {}, token: null, errorMessage: '' };
    this.store = store || null;
  }

  /** the token obtained, or null when the request failed */
  getToken(): GlideOAuthToken | null {
    return this.exchange.token && this.store ? new GlideOAuthToken(this.exchange.token, this.store) : null;
  }
  /** '' on success */
  getErrorMessage(): string {
    return this.exchange.errorMessage;
  }
  getResponseCode(): number {
    return this.exchange.status;
  }
  getBody(): string {
    return this.exchange.body;
  }
  getContentType(): string {
    return this.exchange.contentType;
  }
  /** the fields of the provider's JSON answer, as strings */
  getResponseParameters(): { [name: string]: string } {
    var copy: { [name: string]: string } = {};
    for (var key in this.exchange.parameters) {
      if (Object.prototype.hasOwnProperty.call(this.exchange.parameters, key)) copy[key] = this.exchange.parameters[key];
    }
    return copy;
  }
}
