// What the platform holds for an OAuth 2.0 profile, read the platform's way and without ever handling a token's
// value: sn_auth.GlideOAuthClient.getToken(requestID, oauthProfileID) for the current access token's lifespan, and
// the Manage Tokens table (oauth_credential: one row per access or refresh token the instance received from a
// provider, `peer` = the provider's oauth_entity, `type`, `expires`) for when the refresh token runs out.
// getToken's first argument is documented as "Request ID from the OAuth Requestor Profile [oauth_requestor_profile]
// table, which references the OAuth Entity Profile" (c_GlideOAuthClient.md): tokens belong to a requestor of the
// profile, so each requestor profile of the profile is asked. A profile using client credentials (Microsoft Entra
// ID for Azure DevOps) gets no refresh token: its refresh expiry is simply unknown (''), and its access token is
// obtained again by the platform when it runs out.

interface StoredOAuthToken {
  /** seconds the access token has left, as a Java Long ("Number (Long)", c_GlideOAuthToken.md): an object to the
   * script, so it is only ever compared after Number() */
  getExpiresIn(): any;
}

declare var sn_auth: { GlideOAuthClient: { new (): { getToken(requestID: string, oauthProfileID: string): StoredOAuthToken | null } } };

export type TokenState = 'none' | 'expired' | 'live';

/** The best state of the tokens the profile's requestors hold: 'live' when one has time left, 'expired' when all
 * that exist have none (0 or less), 'none' when there is no token at all. */
export function accessTokenState(profileSysId: string): TokenState {
  var requestors = new GlideRecord('oauth_requestor_profile');
  requestors.addQuery('oauth_entity_profile', profileSysId);
  requestors.query();
  var client = new sn_auth.GlideOAuthClient();
  var state: TokenState = 'none';
  while (requestors.next()) {
    var token = client.getToken(requestors.getUniqueValue(), profileSysId);
    if (!token) continue;
    if (Number(token.getExpiresIn()) > 0) return 'live';
    state = 'expired';
  }
  return state;
}

/** The latest expiry of a refresh token the instance holds from the profile's provider ('yyyy-MM-dd HH:mm:ss' UTC),
 * or '' when none is known (a client-credentials profile has none). */
export function refreshTokenExpiry(profileSysId: string): string {
  var profile = new GlideRecord('oauth_entity_profile');
  if (!profile.get(profileSysId)) return '';
  var credential = new GlideRecord('oauth_credential');
  credential.addQuery('peer', profile.getValue('oauth_entity'));
  credential.addQuery('type', 'refresh_token');
  credential.addNotNullQuery('expires');
  credential.orderByDesc('expires');
  credential.setLimit(1);
  credential.query();
  return credential.next() ? credential.getValue('expires') || '' : '';
}
