// What the platform holds for an OAuth 2.0 profile, read the platform's way and without ever handling a token's
// value: sn_auth.GlideOAuthClient.getToken() for the current access token's lifespan, and the Manage Tokens table
// (oauth_credential: one row per access or refresh token the instance received from a provider, `peer` = the
// provider's oauth_entity, `type`, `expires`) for when the refresh token runs out. A profile using client
// credentials (Microsoft Entra ID for Azure DevOps) gets no refresh token: its expiry is simply unknown (null).

interface StoredOAuthToken {
  /** seconds the access token has left (0 once expired; -1 when the provider gave no lifespan) */
  getExpiresIn(): number;
}

declare var sn_auth: { GlideOAuthClient: { new (): { getToken(requestId: string, profileId: string): StoredOAuthToken | null } } };

export type TokenState = 'none' | 'expired' | 'live';

export function accessTokenState(profileSysId: string): TokenState {
  var token = new sn_auth.GlideOAuthClient().getToken('', profileSysId);
  if (!token) return 'none';
  return token.getExpiresIn() === 0 ? 'expired' : 'live';
}

/** The latest expiry of a refresh token the instance holds from the profile's provider ('yyyy-MM-dd HH:mm:ss' UTC),
 * or '' when none is known. */
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
