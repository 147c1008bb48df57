// The scripted REST request (RESTAPIRequest and its RESTAPIRequestBody) built from a ScriptedRestRequestSpec.
// Fidelity notes (RESTAPIRequest / RESTAPIRequestBody references):
// - headers: names in lower case, as the platform hands them over; getHeader() ignores case.
// - queryParams: every name maps to an ARRAY of values; queryString is the raw query; uri excludes it, url includes it.
// - The body is a stream read once: whichever of data, dataString or nextEntry() reads it first wins; afterwards
//   dataString is '' and data fails like a parse of empty content. Repeated reads of the same form are fine.
// - body.data and nextEntry() fail on JSON nested deeper than the emulated platform parses (outsideJson.ts).
// - body.data parses JSON and THROWS when the body is not valid JSON (empty included). The emulator handles JSON
//   request bodies only (a missing Content-Type counts as JSON); XML bodies make body.data throw.
import { ScriptedRestRequestSpec } from '../contract';
import { headerValue } from './headers';
import { parseOutsideJson } from './outsideJson';
import { buildQueryString, parseQueryString } from './queryString';

var DEFAULT_HOST = 'instance.service-now.com';

export interface RESTAPIRequestBody {
  /** parsed JSON; throws when the body is not valid JSON */
  readonly data: any;
  readonly dataString: string;
  hasNext(): boolean;
  nextEntry(): any;
}

export interface RESTAPIRequest {
  body: RESTAPIRequestBody;
  headers: { [lowerCaseName: string]: string };
  pathParams: { [name: string]: string };
  queryParams: { [name: string]: string[] };
  queryString: string;
  uri: string;
  url: string;
  getHeader(name: string): string | null;
  getSupportedResponseContentTypes(): string[];
}

function isJsonContentType(contentType: string | null): boolean {
  return contentType === null || /json/i.test(contentType);
}

function createRequestBody(raw: string, contentType: string | null): RESTAPIRequestBody {
  var consumedAs = '';
  var parsed: any;
  var entries: any[] | null = null;

  function consume(form: string): boolean {
    if (!consumedAs) consumedAs = form;
    return consumedAs === form;
  }

  function parse(text: string): any {
    if (!isJsonContentType(contentType)) {
      throw new Error('request.body.data: the emulator parses JSON bodies only (Content-Type ' + contentType + ')');
    }
    // Throws on invalid or empty text, as reading body.data does on the platform, and on text nested too deeply to
    // parse safely (outsideJson.ts).
    return parseOutsideJson(text);
  }

  var body = {
    hasNext: function (): boolean {
      if (entries === null) {
        if (!consume('entries')) return false;
        var value = parse(raw);
        entries = value instanceof Array ? value.slice(0) : [value];
      }
      return entries.length > 0;
    },
    nextEntry: function (): any {
      return body.hasNext() && entries ? entries.shift() : undefined;
    },
  };
  Object.defineProperty(body, 'data', {
    enumerable: true,
    get: function () {
      if (!consume('data')) return parse('');
      if (parsed === undefined) parsed = parse(raw);
      return parsed;
    },
  });
  Object.defineProperty(body, 'dataString', {
    enumerable: true,
    get: function () {
      return consume('dataString') ? raw : '';
    },
  });
  return body as RESTAPIRequestBody;
}

export function createRESTAPIRequest(spec: ScriptedRestRequestSpec): RESTAPIRequest {
  var headers: { [name: string]: string } = {};
  for (var name in spec.headers || {}) {
    if (Object.prototype.hasOwnProperty.call(spec.headers, name)) headers[name.toLowerCase()] = String((spec.headers as any)[name]);
  }
  var question = spec.uri.indexOf('?');
  var uri = question < 0 ? spec.uri : spec.uri.substr(0, question);
  var queryParams: { [name: string]: string[] } = {};
  var queryString: string;
  if (spec.queryParams) {
    for (var param in spec.queryParams) {
      if (Object.prototype.hasOwnProperty.call(spec.queryParams, param)) queryParams[param] = spec.queryParams[param].slice(0);
    }
    queryString = buildQueryString(queryParams);
  } else {
    queryString = question < 0 ? '' : spec.uri.substr(question + 1);
    queryParams = parseQueryString(queryString);
  }
  var pathParams: { [name: string]: string } = {};
  for (var p in spec.pathParams || {}) {
    if (Object.prototype.hasOwnProperty.call(spec.pathParams, p)) pathParams[p] = String((spec.pathParams as any)[p]);
  }

  return {
    body: createRequestBody(spec.body === undefined ? '' : String(spec.body), headerValue(headers, 'content-type')),
    headers: headers,
    pathParams: pathParams,
    queryParams: queryParams,
    queryString: queryString,
    uri: uri,
    url: 'https://' + (headers.host || DEFAULT_HOST) + uri + (queryString ? '?' + queryString : ''),
    /** value of a request header, any case; null when absent */
    getHeader: function (name: string): string | null {
      return headerValue(headers, name);
    },
    /** the media types of the Accept header, without parameters, in order */
    getSupportedResponseContentTypes: function (): string[] {
      var accept = headers.accept;
      if (!accept) return [];
      var types: string[] = [];
      var parts = accept.split(',');
      for (var i = 0; i < parts.length; i++) {
        var type = parts[i].split(';')[0].trim();
        if (type) types.push(type);
      }
      return types;
    },
  };
}
