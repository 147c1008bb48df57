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

export { base64DecodeText, base64EncodeText } from './base64';

export function createServices(host: Host) {
  var GlideDate = createGlideDate(host);
  var tokens = createOAuthTokenStore(host);
  return {
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
        return createRESTAPIRequest(spec);
      },
      response: function (): ScriptedRestResponse {
        return createRESTAPIResponse();
      },
    },
  };
}

export type Services = ReturnType<typeof createServices>;
