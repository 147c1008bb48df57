// Secret redaction for everything that is written to the integration log or returned in an error. A secret must
// never reach a log row, whatever shape it arrives in: a header, a URL's user info or query string, a JSON or
// form-encoded body, or free text such as an error message that quotes a request.
import { readJson } from './jsonNesting';

export var REDACTED = '[REDACTED]';

/** Names (header, query parameter, JSON key, form field) whose values are secrets. */
var SENSITIVE_NAME = /pass(word|wd)?$|^pwd$|secret|token|authorization|cookie|api[-_]?key|private[-_]?key|signature|^sig$|credential|signing[-_]?key|^pat$|^code$|session[-_]?id/i;

/** Credentials inside free text: auth schemes followed by their credential, and JSON Web Tokens. */
var AUTH_SCHEME_VALUE = /\b(Bearer|Basic|Token|Negotiate)\s+[A-Za-z0-9+\/=._~-]{6,}/g;
var JWT = /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g;
/** Azure DevOps personal access tokens: 52 characters of base32 (classic) or 84 characters (current format). */
var ADO_PAT = /\b([a-z2-7]{52}|[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4})\b/g;
/** key=value and "key": "value" pairs in text whose key looks sensitive (quoted or bare values). The key's parts
 * around the keyword are bounded: unbounded ones backtrack from every position of a long word (quadratic time on
 * an attacker-chosen body), and no real key is that long. */
var KEY_VALUE = /(["']?)([A-Za-z0-9_.-]{0,40}(?:pass(?:word|wd)?|pwd|secret|token|authorization|cookie|api[-_]?key|private[-_]?key|signing[-_]?key|signature|credential)[A-Za-z0-9_.-]{0,40})\1(\s*[:=]\s*)("(?:[^"\\]|\\.)*"|'[^']*'|[^\s&,;"'}\]]+)/gi;

export interface RedactionOptions {
  /** Exact secret values known to the caller (a PAT, a shared secret): replaced wherever they appear. */
  secrets?: string[];
}

export function isSensitiveName(name: string): boolean {
  return SENSITIVE_NAME.test(name);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\\/]/g, '\\$&');
}

function replaceKnownSecrets(text: string, secrets: string[] | undefined): string {
  if (!secrets) return text;
  var out = text;
  for (var i = 0; i < secrets.length; i++) {
    var secret = secrets[i];
    // Very short values would redact ordinary words; such a secret is too weak to matter here anyway.
    if (!secret || secret.length < 4) continue;
    var forms = [secret, encodeURIComponent(secret)];
    for (var j = 0; j < forms.length; j++) {
      out = out.replace(new RegExp(escapeRegExp(forms[j]), 'g'), REDACTED);
    }
  }
  return out;
}

/** Free text: error messages, non-JSON bodies, anything a remote system or an exception wrote. */
export function redactText(text: string, options?: RedactionOptions): string {
  if (!text) return text;
  var out = replaceKnownSecrets(String(text), options && options.secrets);
  out = out.replace(AUTH_SCHEME_VALUE, function (_m: string, scheme: string) {
    return scheme + ' ' + REDACTED;
  });
  out = out.replace(JWT, REDACTED);
  out = out.replace(KEY_VALUE, function (_m: string, quote: string, key: string, separator: string, value: string) {
    var replacement = value.charAt(0) === '"' ? '"' + REDACTED + '"' : value.charAt(0) === "'" ? "'" + REDACTED + "'" : REDACTED;
    return quote + key + quote + separator + replacement;
  });
  out = out.replace(ADO_PAT, REDACTED);
  return out;
}

export function redactHeaders(headers: { [name: string]: string } | undefined, options?: RedactionOptions): { [name: string]: string } {
  var out: { [name: string]: string } = {};
  if (!headers) return out;
  for (var name in headers) {
    if (!Object.prototype.hasOwnProperty.call(headers, name)) continue;
    out[name] = isSensitiveName(name) ? REDACTED : redactText(String(headers[name]), options);
  }
  return out;
}

function redactQuery(query: string, options?: RedactionOptions): string {
  var parts = query.split('&');
  for (var i = 0; i < parts.length; i++) {
    var eq = parts[i].indexOf('=');
    if (eq < 0) continue;
    var name = decodeComponent(parts[i].substring(0, eq));
    parts[i] = isSensitiveName(name) ? parts[i].substring(0, eq + 1) + REDACTED : parts[i].substring(0, eq + 1) + redactText(parts[i].substring(eq + 1), options);
  }
  return parts.join('&');
}

function decodeComponent(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch (e) {
    return text;
  }
}

/** user:password@ in the authority and sensitive query parameters are replaced; the rest stays readable. */
export function redactUrl(url: string, options?: RedactionOptions): string {
  if (!url) return url;
  var out = replaceKnownSecrets(String(url), options && options.secrets);
  out = out.replace(/^([a-z][a-z0-9+.-]*:\/\/)([^@\/?#]*)@/i, function (_m: string, scheme: string) {
    return scheme + REDACTED + '@';
  });
  var q = out.indexOf('?');
  if (q < 0) return out;
  var hash = out.indexOf('#', q);
  var query = hash < 0 ? out.substring(q + 1) : out.substring(q + 1, hash);
  return out.substring(0, q + 1) + redactQuery(query, options) + (hash < 0 ? '' : out.substring(hash));
}

function redactJsonValue(value: any, options?: RedactionOptions): any {
  if (value === null || value === undefined) return value;
  if (typeof value === 'string') return redactText(value, options);
  if (typeof value !== 'object') return value;
  if (Object.prototype.toString.call(value) === '[object Array]') {
    var list: any[] = [];
    for (var i = 0; i < value.length; i++) list.push(redactJsonValue(value[i], options));
    return list;
  }
  var out: { [key: string]: any } = {};
  for (var key in value) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    out[key] = isSensitiveName(key) && value[key] !== null && value[key] !== '' ? REDACTED : redactJsonValue(value[key], options);
  }
  return out;
}

/** A request or response body: JSON is redacted by key and re-serialized, form-encoded by field, anything else as text.
 * JSON the app would not parse (invalid, often a truncated body; nested too deeply or too long to parse safely: any
 * caller's body reaches the log) goes through the text patterns, which still find "key": "value" pairs. Never throws. */
export function redactBody(body: string, contentType?: string, options?: RedactionOptions): string {
  if (!body) return body;
  var text = String(body);
  var first = text.replace(/^\s+/, '').charAt(0);
  if (first === '{' || first === '[') {
    var json = readJson(text);
    if (json.problem === '') return JSON.stringify(redactJsonValue(json.value, options));
  }
  if (contentType && /x-www-form-urlencoded/i.test(contentType)) return redactQuery(text, options);
  return redactText(text, options);
}
