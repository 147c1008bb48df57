// Globals every ES5 engine has (ECMA-262 5.1, section 15.1), so a script may name them without the allowlist.
// Their methods are plain JavaScript, not Glide, and are not checked. Only the functions/objects the standard
// defines are here: an engine extra (Packages, java, importClass, print, load) is a global the checker reports.
export const ES5_GLOBALS = new Set([
  'undefined',
  'NaN',
  'Infinity',
  'eval',
  'parseInt',
  'parseFloat',
  'isNaN',
  'isFinite',
  'decodeURI',
  'decodeURIComponent',
  'encodeURI',
  'encodeURIComponent',
  'Object',
  'Function',
  'Array',
  'String',
  'Boolean',
  'Number',
  'Date',
  'RegExp',
  'Error',
  'EvalError',
  'RangeError',
  'ReferenceError',
  'SyntaxError',
  'TypeError',
  'URIError',
  'Math',
  'JSON',
  // Annex B of ES5, which Rhino and ServiceNow's engine have.
  'escape',
  'unescape',
  // Inside every function.
  'arguments',
]);
