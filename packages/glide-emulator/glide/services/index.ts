// The emulator's service side: GlideDateTime & co, outbound REST, scripted REST objects, crypto and OAuth, for one
// emulated instance. Everything instance-specific (clock, transport, stored records, logs) comes through `host`;
// the database side installs what this returns as the script globals.
import { ScriptedRestRequestSpec, ScriptedRestResponse } from '../contract';
import { Host } from '../host';
import { CertificateEncryption } from './CertificateEncryption';
import { createGlideDate } from './GlideDate';
import { createGlideDateTime } from './GlideDateTime';
import { GlideDigest } from './GlideDigest';
import { GlideDuration } from './GlideDuration';
import { createGlideOAuthClient } from './GlideOAuthClient';
import { GlideOAuthClientRequest } from './GlideOAuthClientRequest';
import { GlideOAuthClientResponse } from './GlideOAuthClientResponse';
import { GlideOAuthToken } from './GlideOAuthToken';
import { GlideStringUtil } from './GlideStringUtil';
import { createOAuthTokenStore } from './oauthTokenStore';
import { createRESTAPIRequest } from './RESTAPIRequest';
import { createRESTAPIResponse } from './RESTAPIResponse';
import { createRESTMessageV2 } from './RESTMessageV2';
import { RESTResponseV2 } from './RESTResponseV2';
import { BadRequestError, ConflictError, NotAcceptableError, NotFoundError, ServiceError, UnsupportedMediaTypeError } from './ServiceError';
import { guardScopedApi } from '../access/scoped-api-guard';

export { base64DecodeText, base64EncodeText } from './base64';

/** Each class a script can reach is held to the scoped API (access/scoped-api-guard.ts). */
function guardServices(services: { GlideDateTime: any; GlideDate: any; sn_ws: any; sn_auth: any }): void {
  guardScopedApi(services.GlideDateTime.prototype, 'GlideDateTime');
  guardScopedApi(services.GlideDate.prototype, 'GlideDate');
  guardScopedApi(GlideDuration.prototype, 'GlideDuration');
  guardScopedApi(services.sn_ws.RESTMessageV2.prototype, 'RESTMessageV2');
  guardScopedApi(RESTResponseV2.prototype, 'RESTResponseV2');
  guardScopedApi(ServiceError.prototype, 'ServiceError');
  guardScopedApi(services.sn_auth.GlideOAuthClient.prototype, 'GlideOAuthClient');
  guardScopedApi(GlideOAuthClientRequest.prototype, 'GlideOAuthClientRequest');
  guardScopedApi(GlideOAuthClientResponse.prototype, 'GlideOAuthClientResponse');
  guardScopedApi(GlideOAuthToken.prototype, 'GlideOAuthToken');
  guardScopedApi(GlideStringUtil, 'GlideStringUtil');
  guardScopedApi(GlideDigest, 'GlideDigest');
  guardScopedApi(GlideDigest.prototype, 'GlideDigest');
  guardScopedApi(CertificateEncryption, 'CertificateEncryption');
  guardScopedApi(CertificateEncryption.prototype, 'CertificateEncryption');
}

export function createServices(host: Host) {
  var GlideDate = createGlideDate(host);
  var tokens = createOAuthTokenStore(host);
  var services = {
    GlideDateTime: createGlideDateTime(host, GlideDate),
    GlideDate: GlideDate,
    GlideDuration: GlideDuration,
    sn_ws: { RESTMessageV2: createRESTMessageV2(host, tokens), RESTResponseV2: RESTResponseV2 },
    sn_ws_err: {
      ServiceError: ServiceError,
      BadRequestError: BadRequestError,
      NotFoundError: NotFoundError,
      NotAcceptableError: NotAcceptableError,
      ConflictError: ConflictError,
      UnsupportedMediaTypeError: UnsupportedMediaTypeError,
    },
    sn_auth: {
      GlideOAuthClient: createGlideOAuthClient(host, tokens),
      GlideOAuthClientRequest: GlideOAuthClientRequest,
      GlideOAuthClientResponse: GlideOAuthClientResponse,
      GlideOAuthToken: GlideOAuthToken,
    },
    GlideStringUtil: GlideStringUtil,
    GlideDigest: GlideDigest,
    CertificateEncryption: CertificateEncryption,
    rest: {
      request: function (spec: ScriptedRestRequestSpec) {
        var request = guardScopedApi(createRESTAPIRequest(spec), 'RESTAPIRequest');
        guardScopedApi(request.body, 'RESTAPIRequestBody');
        return request;
      },
      response: function (): ScriptedRestResponse {
        // result() is the emulator's way to read back what the script did (not a platform API): not guarded
        return guardScopedApi(createRESTAPIResponse(), 'RESTAPIResponse', ['result']);
      },
    },
  };
  guardServices(services);
  return services;
}

export type Services = ReturnType<typeof createServices>;
