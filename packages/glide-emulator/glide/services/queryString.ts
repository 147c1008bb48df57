// URL query strings: percent-encoding for RESTMessageV2.setQueryParameter and parsing for scripted REST requests.

/** RFC 3986 percent-encoding of a query name or value (space as %20). */
export function encodeQueryComponent(value: string): string {
  return encodeURIComponent(String(value)).replace(/[!'()*]/g, function (ch) {
    return '%' + ch.charCodeAt(0).toString(16).toUpperCase();
  });
}

function decodeQueryComponent(value: string): string {
  var spaced = value.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch (e) {
    // A malformed escape (e.g. "%E0%A4%A") stays as sent rather than failing the request.
    return spaced;
  }
}

/** "a=1&b=2&a=3" to { a: ['1', '3'], b: ['2'] }: every name maps to all its values, in order. */
export function parseQueryString(query: string): { [name: string]: string[] } {
  var params: { [name: string]: string[] } = {};
  var pairs = query ? query.split('&') : [];
  for (var i = 0; i < pairs.length; i++) {
    if (!pairs[i]) continue;
    var eq = pairs[i].indexOf('=');
    var name = decodeQueryComponent(eq < 0 ? pairs[i] : pairs[i].substr(0, eq));
    var value = eq < 0 ? '' : decodeQueryComponent(pairs[i].substr(eq + 1));
    // defineProperty, not assignment: "__proto__" as a name must become a parameter, not the object's prototype.
    if (!Object.prototype.hasOwnProperty.call(params, name)) Object.defineProperty(params, name, { value: [], enumerable: true, writable: true, configurable: true });
    params[name].push(value);
  }
  return params;
}

/** The inverse of parseQueryString. */
export function buildQueryString(params: { [name: string]: string[] }): string {
  var parts: string[] = [];
  for (var name in params) {
    if (!Object.prototype.hasOwnProperty.call(params, name)) continue;
    for (var i = 0; i < params[name].length; i++) parts.push(encodeQueryComponent(name) + '=' + encodeQueryComponent(params[name][i]));
  }
  return parts.join('&');
}
