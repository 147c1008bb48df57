// Outbound OAuth 2.0 tokens of one emulated instance: obtained from a provider's token endpoint through the
// instance transport (so tests see and can answer the token request) and kept per OAuth entity profile until they
// expire on the instance clock. This plays the role of the platform's oauth_credential table.
// Records read (field names as on the platform):
//   oauth_entity_profile: oauth_entity (reference), grant_type
//   oauth_entity (Application Registry): name, client_id, client_secret, token_url, default_grant_type
//   oauth_entity_profile_scope: oauth_entity_profile, oauth_entity_scope (reference) -> oauth_entity_scope.oauth_entity_scope
// Client credentials go in the form body (RFC 6749 2.3.1). Only the first scope row of a profile is used.
import { Host } from '../host';
import { headerValue } from './headers';
import { sendHttp } from './httpExchange';
import { parseOutsideJson } from './outsideJson';
import { encodeQueryComponent } from './queryString';
import { reportSecret } from '../secret-audit';

export interface StoredToken {
  accessToken: string;
  refreshToken: string;
  scope: string;
  /** ms since the epoch on the instance clock; null when the provider gave no expires_in */
  expiresAt: number | null;
}

export interface TokenExchange {
  status: number;
  body: string;
  contentType: string;
  parameters: { [name: string]: string };
  token: StoredToken | null;
  errorMessage: string;
}

type Row = { [field: string]: string };

export function createOAuthTokenStore(host: Host) {
  var tokens: { [cacheKey: string]: StoredToken } = {};

  function isLive(token: StoredToken): boolean {
    return token.expiresAt === null || host.now() < token.expiresAt;
  }

  function profileScope(profileId: string): string {
    var link = host.lookupBy('oauth_entity_profile_scope', 'oauth_entity_profile', profileId);
    var scope = link ? host.lookup('oauth_entity_scope', link.oauth_entity_scope) : null;
    return scope ? scope.oauth_entity_scope || '' : '';
  }

  /** A stored token belongs to a requestor (oauth_requestor_profile): the emulator keeps one per OAuth entity
   * profile, the instance's own (context sys_script, no requestor record), made with the profile's first token.
   * Tokens stored under a provider without a profile have none. */
  function ensureRequestor(cacheKey: string): void {
    if (!host.lookup('oauth_entity_profile', cacheKey)) return;
    if (host.lookupBy('oauth_requestor_profile', 'oauth_entity_profile', cacheKey)) return;
    host.insert('oauth_requestor_profile', { oauth_entity_profile: cacheKey, oauth_requestor_context: 'sys_script', oauth_requestor: '' });
  }

  /** POST a token request for `entity`; a token in the answer is stored under `cacheKey`. */
  function exchange(entity: Row, cacheKey: string, params: { [name: string]: string }, headers: { [name: string]: string }): TokenExchange {
    var form: { [name: string]: string } = { client_id: entity.client_id || '', client_secret: entity.client_secret || '' };
    for (var name in params) {
      if (Object.prototype.hasOwnProperty.call(params, name) && params[name] !== '') form[name] = params[name];
    }
    var parts: string[] = [];
    for (var key in form) parts.push(encodeQueryComponent(key) + '=' + encodeQueryComponent(form[key]));
    var requestHeaders: { [name: string]: string } = { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' };
    for (var h in headers) requestHeaders[h] = headers[h];
    var response = sendHttp(host, { method: 'POST', url: entity.token_url || '', headers: requestHeaders, body: parts.join('&') });

    var parameters: { [name: string]: string } = {};
    try {
      var parsed = parseOutsideJson(response.body);
      for (var p in parsed) {
        if (Object.prototype.hasOwnProperty.call(parsed, p) && parsed[p] !== null) parameters[p] = String(parsed[p]);
      }
    } catch (e) {
      // Not JSON (or nested too deeply to parse safely): the token stays null and the error message below says why.
    }
    var result: TokenExchange = {
      status: response.status,
      body: response.body,
      contentType: headerValue(response.headers, 'Content-Type') || '',
      parameters: parameters,
      token: null,
      errorMessage: '',
    };
    if (response.status >= 200 && response.status < 300 && parameters.access_token) {
      var expiresIn = parseInt(parameters.expires_in, 10);
      result.token = {
        accessToken: parameters.access_token,
        refreshToken: parameters.refresh_token || '',
        scope: parameters.scope || params.scope || '',
        expiresAt: isNaN(expiresIn) ? null : host.now() + expiresIn * 1000,
      };
      tokens[cacheKey] = result.token;
      ensureRequestor(cacheKey);
      reportSecret('oauth_credential', 'access_token', result.token.accessToken);
      reportSecret('oauth_credential', 'refresh_token', result.token.refreshToken);
    } else {
      result.errorMessage =
        response.status === 0
          ? response.errorMessage || 'token request failed'
          : parameters.error_description || parameters.error || 'token request failed with HTTP ' + response.status;
      host.log('error', 'OAuth token request to ' + entity.token_url + ' failed: ' + result.errorMessage, 'GlideOAuthClient');
    }
    return result;
  }

  return {
    exchange: exchange,

    /** the stored token for `cacheKey`, live or expired, or null */
    stored: function (cacheKey: string): StoredToken | null {
      return Object.prototype.hasOwnProperty.call(tokens, cacheKey) ? tokens[cacheKey] : null;
    },

    /** milliseconds a token has left on the instance clock (0 when expired; null when it never expires) */
    remainingMs: function (token: StoredToken): number | null {
      return token.expiresAt === null ? null : Math.max(0, token.expiresAt - host.now());
    },

    /**
     * A live access token for an OAuth entity profile, as setAuthenticationProfile('oauth2', id) needs it: the stored
     * one, else a refresh with the stored refresh token, else a new client-credentials grant. Other grant types
     * (authorization_code...) need a token obtained interactively beforehand.
     */
    tokenForProfile: function (profileId: string): { token: StoredToken | null; error: string } {
      var profile = host.lookup('oauth_entity_profile', profileId);
      if (!profile) return { token: null, error: 'OAuth entity profile not found: ' + profileId };
      var entity = host.lookup('oauth_entity', profile.oauth_entity);
      if (!entity) return { token: null, error: 'OAuth provider (oauth_entity) not found for profile ' + profileId };
      var current = tokens[profileId];
      if (current && isLive(current)) return { token: current, error: '' };
      var scope = profileScope(profileId);
      if (current && current.refreshToken) {
        var refreshed = exchange(entity, profileId, { grant_type: 'refresh_token', refresh_token: current.refreshToken, scope: scope }, {});
        if (refreshed.token) return { token: refreshed.token, error: '' };
      }
      var grantType = profile.grant_type || entity.default_grant_type || 'client_credentials';
      if (grantType !== 'client_credentials') {
        return { token: null, error: 'No valid OAuth token for profile ' + profileId + ' (grant type ' + grantType + ' needs an interactive authorization)' };
      }
      var granted = exchange(entity, profileId, { grant_type: 'client_credentials', scope: scope }, {});
      return { token: granted.token, error: granted.token ? '' : granted.errorMessage };
    },
  };
}

export type OAuthTokenStore = ReturnType<typeof createOAuthTokenStore>;
