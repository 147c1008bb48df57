// sn_auth.GlideOAuthClient: token requests against an OAuth provider registered in oauth_entity (looked up by its
// name, the "clientName" of the API), and read access to stored tokens.
// A token obtained here is stored under the provider's first oauth_entity_profile (or under the provider itself when
// it has no profile), which is where setAuthenticationProfile('oauth2', profileId) finds it, for the profile's
// requestor (oauthTokenStore.ts): getToken() takes that requestor profile's sys_id.
import { Host } from '../host';
import { GlideOAuthClientRequest } from './GlideOAuthClientRequest';
import { GlideOAuthClientResponse } from './GlideOAuthClientResponse';
import { GlideOAuthToken } from './GlideOAuthToken';
import { OAuthTokenStore } from './oauthTokenStore';

export function createGlideOAuthClient(host: Host, store: OAuthTokenStore) {
  function requestWith(clientName: string, parameters: { [name: string]: string }, headers: { [name: string]: string }): GlideOAuthClientResponse {
    var entity = host.lookupBy('oauth_entity', 'name', String(clientName));
    if (!entity) {
      var message = 'OAuth provider not found in oauth_entity: ' + clientName;
      host.log('error', message, 'GlideOAuthClient');
      return new GlideOAuthClientResponse({ status: 0, body: '', contentType: '', parameters: {}, token: null, errorMessage: message }, store);
    }
    var profile = host.lookupBy('oauth_entity_profile', 'oauth_entity', entity.sys_id);
    var params: { [name: string]: string } = { grant_type: entity.default_grant_type || 'client_credentials' };
    for (var name in parameters) {
      if (Object.prototype.hasOwnProperty.call(parameters, name)) params[name] = parameters[name];
    }
    return new GlideOAuthClientResponse(store.exchange(entity, profile ? profile.sys_id : entity.sys_id, params, headers), store);
  }

  class GlideOAuthClient {
    /** (clientName, JSON string of request parameters) or, as in the documented examples, (clientName, GlideOAuthClientRequest) */
    requestToken(clientName: string, request: string | GlideOAuthClientRequest): GlideOAuthClientResponse {
      if (request instanceof GlideOAuthClientRequest) return this.requestTokenByRequest(clientName, request);
      var parsed = request ? JSON.parse(String(request)) : {};
      var parameters: { [name: string]: string } = {};
      for (var name in parsed) {
        if (Object.prototype.hasOwnProperty.call(parsed, name) && parsed[name] !== null) parameters[name] = String(parsed[name]);
      }
      return requestWith(clientName, parameters, {});
    }
    requestTokenByRequest(clientName: string, request: GlideOAuthClientRequest): GlideOAuthClientResponse {
      return requestWith(clientName, request.parameters, request.getHeaders());
    }
    /** The stored token of a requestor for an OAuth entity profile (c_GlideOAuthClient.md: requestID is an OAuth
     * Requestor Profile [oauth_requestor_profile] row of that profile), or null: an id that is not such a row ('',
     * another profile's requestor) finds nothing. */
    getToken(requestID: string, oauthProfileID: string): GlideOAuthToken | null {
      var requestor = requestID ? host.lookup('oauth_requestor_profile', String(requestID)) : null;
      if (!requestor || requestor.oauth_entity_profile !== String(oauthProfileID)) return null;
      var token = store.stored(String(oauthProfileID));
      return token ? new GlideOAuthToken(token, store) : null;
    }
  }
  return GlideOAuthClient;
}
