// Typed reads of the app's system properties (x_incb_bridge.*). A property holding garbage must not break the
// caller: it falls back to the documented default.

export var PROPERTY_PREFIX = 'x_incb_bridge.';

export function integerProperty(name: string, defaultValue: number): number {
  var raw = gs.getProperty(PROPERTY_PREFIX + name, String(defaultValue));
  var value = parseInt(String(raw), 10);
  return isNaN(value) ? defaultValue : value;
}
