// Classes the server API reference has no page for but another page of the docs documents by example: the
// sn_ws_err errors a scripted REST resource hands to response.setError(), shown only in the scripted REST examples.
// Their names and methods are read from that page's code samples: every `new <namespace>.<Class>(` is a class, and
// the methods called on a variable assigned from it are its methods.
import { codeSamples, frontMatter } from './markdown.mjs';

export const EXAMPLE_PAGES = [{ doc: 'api-reference/rest-api-explorer/r_ScriptedRESTServiceScriptExamples.md', namespace: 'sn_ws_err' }];

export function classesFromExamples(text, namespace) {
  const samples = codeSamples(text);
  const url = frontMatter(text).canonical_url;
  const found = {};
  const constructed = new RegExp(`new\\s+${namespace}\\.([A-Z]\\w*)\\s*\\(`, 'g');
  let match;
  while ((match = constructed.exec(samples)) !== null) found[match[1]] = found[match[1]] || new Set();
  const assigned = new RegExp(`var\\s+(\\w+)\\s*=\\s*new\\s+${namespace}\\.([A-Z]\\w*)\\s*\\(`, 'g');
  while ((match = assigned.exec(samples)) !== null) {
    const call = new RegExp(`(?:^|[^\\w.$])${match[1]}\\.(\\w+)\\s*\\(`, 'g');
    let method;
    while ((method = call.exec(samples)) !== null) found[match[2]].add(method[1]);
  }
  return Object.keys(found).map((name) => ({ name, global: `${namespace}.${name}`, page: url, methods: [...found[name]].sort() }));
}
