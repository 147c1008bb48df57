// How a script reaches a documented class by name, read from the class's own page: the namespace it names
// (`sn_ws` namespace), its constructor heading, and its code samples (`new sn_auth.GlideOAuthClient()`,
// `GlideStringUtil.isBase64(...)`). A class no sample constructs or calls statically, and with no constructor
// heading, is only obtained from other calls (GlideElement, RESTResponseV2...): its global is null.

// Objects the platform hands every server script under a fixed name rather than a class name. The page never says
// so in words, only in samples, so each is checked against them: the page's samples must call at least
// MIN_SAMPLE_CALLS of its documented methods on that name.
export const INSTANCE_OBJECTS = { GlideSystem: 'gs' };
const MIN_SAMPLE_CALLS = 10;

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function namespacePhrase(text) {
  const found = new Set();
  const phrase = /`([a-z][a-z0-9_]*)`\s+namespace/g;
  let match;
  while ((match = phrase.exec(text)) !== null) found.add(match[1]);
  return found.size === 1 ? [...found][0] : null;
}

/**
 * { global, instance, constructible, statics, constructorParams } for `name`, documented by `page` (its text) with
 * `methods` (names) and `constructors` (the parameter lists of its constructor headings).
 */
export function reachOf(name, text, samples, methods, constructors) {
  const instanceName = INSTANCE_OBJECTS[name];
  if (instanceName) {
    const calls = methods.filter((m) => new RegExp(`(^|[^\\w.$])${instanceName}\\.${escapeRegExp(m)}\\s*\\(`).test(samples));
    if (calls.length < MIN_SAMPLE_CALLS) throw new Error(`${name}: the samples call only ${calls.length} documented methods on ${instanceName}`);
    return { global: instanceName, instance: true, constructible: false, statics: [] };
  }
  // Pages of the Fetch API are titled "Fetch Headers", "Fetch Request"...: the script name is the last word.
  const scriptName = name.split(' ').pop();
  const id = escapeRegExp(scriptName);
  const namespaces = new Set();
  const constructed = new RegExp(`new\\s+(?:([a-z][a-z0-9_]*)\\.)?${id}\\s*\\(`, 'g');
  let match;
  let sampleConstructs = false;
  while ((match = constructed.exec(samples)) !== null) {
    sampleConstructs = true;
    if (match[1]) namespaces.add(match[1]);
  }
  const statics = [];
  for (const method of methods) {
    const call = new RegExp(`(?:^|[^\\w.$])(?:([a-z][a-z0-9_]*)\\.)?${id}\\.${escapeRegExp(method)}\\s*\\(`, 'g');
    while ((match = call.exec(samples)) !== null) {
      if (!statics.includes(method)) statics.push(method);
      if (match[1]) namespaces.add(match[1]);
    }
  }
  const constructible = constructors.length > 0 || sampleConstructs;
  if (!constructible && statics.length === 0) return { global: null, instance: false, constructible: false, statics: [] };
  // The samples' namespace wins; the page's own phrase covers pages whose samples show none.
  const namespace = namespaces.size === 1 ? [...namespaces][0] : namespaces.size === 0 ? namespacePhrase(text) : null;
  if (namespaces.size > 1) throw new Error(`${name}: samples use several namespaces: ${[...namespaces].join(', ')}`);
  return { global: namespace ? `${namespace}.${scriptName}` : scriptName, instance: false, constructible, statics: statics.sort() };
}
