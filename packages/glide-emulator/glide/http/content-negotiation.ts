// The platform's content negotiation for scripted REST, before the resource script runs (ServiceNowDocs "Control
// request and response content type"): a PUT, POST or PATCH whose Content-Type is not one of the resource's
// supported request formats is answered 415, and an Accept header admitting none of its supported response formats
// 406; the script never sees either request. Formats may use wildcards: `*` for any run of characters, `%` for one,
// in request and response formats alike ("Using wildcard values").
// Custom json and xml subtypes count as the plain type. A request without Content-Type or Accept passes. The wording of the two error bodies is not documented; the
// statuses are.
import { errorResponse } from './responses';
import type { InstanceHttpResponse } from './types';

var BODY_METHODS = ['PUT', 'POST', 'PATCH'];

function mediaType(value: string): string {
  return String(value).split(';')[0].trim().toLowerCase();
}

/** A format admits the type by its pattern, and a custom json or xml subtype (application/vnd.x+json) where it
 * names the plain one: the platform treats those as JSON and XML. */
function formatMatches(format: string, type: string): boolean {
  var suffix = /^([a-z0-9.-]+)\/[a-z0-9.-]+\+(json|xml)$/.exec(type);
  if (suffix && mediaType(format) === suffix[1] + '/' + suffix[2]) return true;
  var pattern = '^' + mediaType(format).replace(/[.+?^${}()|[\]\\\/]/g, '\\$&').replace(/\*/g, '.*').replace(/%/g, '.') + '$';
  return new RegExp(pattern).test(type);
}

/** Does one media range of an Accept header (type/subtype, type/* or * / *) admit the format? A format with
 * wildcards (a route producing any type, e.g. * / * for a file download) admits every range its pattern matches. */
function rangeAdmits(range: string, format: string): boolean {
  var wanted = mediaType(range);
  var offered = mediaType(format);
  if (wanted === '*/*' || wanted === '*') return true;
  if (/[*%]/.test(offered) && formatMatches(offered, wanted)) return true;
  if (/\/\*$/.test(wanted)) return offered.indexOf(wanted.slice(0, -1)) === 0;
  return wanted === offered;
}

function accepted(range: string): boolean {
  var q = /;\s*q\s*=\s*([0-9.]+)/i.exec(range);
  return !q || parseFloat(q[1]) > 0;
}

/** null when the request may go on; otherwise the platform's answer. Missing format lists mean the platform default. */
export function negotiate(method: string, headers: { [lowerCaseName: string]: string }, requestFormats: string[] | undefined, responseFormats: string[] | undefined): InstanceHttpResponse | null {
  var contentType = headers['content-type'];
  if (contentType && requestFormats && requestFormats.length && BODY_METHODS.indexOf(method) >= 0) {
    var type = mediaType(contentType);
    var supported = false;
    for (var i = 0; i < requestFormats.length; i++) if (formatMatches(requestFormats[i], type)) supported = true;
    if (!supported) return errorResponse(415, 'Unsupported Media Type', 'Content-Type ' + type + ' is not a supported request format: ' + requestFormats.join(', '));
  }
  var accept = headers['accept'];
  if (accept && responseFormats && responseFormats.length) {
    var ranges = accept.split(',');
    for (var r = 0; r < ranges.length; r++) {
      if (!accepted(ranges[r])) continue;
      for (var f = 0; f < responseFormats.length; f++) if (rangeAdmits(ranges[r], responseFormats[f])) return null;
    }
    return errorResponse(406, 'Not Acceptable', 'Accept ' + accept + ' admits none of the supported response formats: ' + responseFormats.join(', '));
  }
  return null;
}
