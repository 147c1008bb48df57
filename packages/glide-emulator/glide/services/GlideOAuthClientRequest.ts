// sn_auth.GlideOAuthClientRequest: token request parameters for GlideOAuthClient.requestToken/requestTokenByRequest.
// Scoped scripts set headers with setHeader (global scripts use setHead).

export class GlideOAuthClientRequest {
  /** form fields of the token request; read by GlideOAuthClient (not a platform API) */
  parameters: { [name: string]: string } = {};
  private headers: { [name: string]: string } = {};

  getGrantType(): string {
    return this.getParameter('grant_type');
  }
  setGrantType(grantType: string): void {
    this.setParameter('grant_type', grantType);
  }
  getScope(): string {
    return this.getParameter('scope');
  }
  /** null or '' leaves the scope to the OAuth profile */
  setScope(scope: string | null): void {
    this.setParameter('scope', scope === null || scope === undefined ? '' : scope);
  }
  getUserName(): string {
    return this.getParameter('username');
  }
  setUserName(userName: string): void {
    this.setParameter('username', userName);
  }
  getPassword(): string {
    return this.getParameter('password');
  }
  setPassword(password: string): void {
    this.setParameter('password', password);
  }
  getRefreshToken(): string {
    return this.getParameter('refresh_token');
  }
  setRefreshToken(refreshToken: string): void {
    this.setParameter('refresh_token', refreshToken);
  }
  getParameter(name: string): string {
    return Object.prototype.hasOwnProperty.call(this.parameters, name) ? this.parameters[name] : '';
  }
  setParameter(name: string, value: string): void {
    this.parameters[String(name)] = String(value);
  }
  getHeader(name: string): string {
    return Object.prototype.hasOwnProperty.call(this.headers, name) ? this.headers[name] : '';
  }
  setHeader(name: string, value: string): void {
    this.headers[String(name)] = String(value);
  }
  getHeaders(): { [name: string]: string } {
    var out: { [name: string]: string } = {};
    for (var key in this.headers) {
      if (Object.prototype.hasOwnProperty.call(this.headers, key)) out[key] = this.headers[key];
    }
    return out;
  }
}
