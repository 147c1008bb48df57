// Return types the type column of a member's section gets wrong, each settled by the returned class's own page. The
// extractor applies one only while the docs still show the type recorded here as `documented`, and fails otherwise,
// so a fixed or changed page is noticed rather than silently overridden.
export const RETURN_TYPE_CORRECTIONS = [
  // The type column says "RESTResponse"; the RESTResponseV2 page says it is what execute() and executeAsync() return.
  { owner: 'RESTMessageV2', member: 'execute', documented: 'RESTResponse', type: 'RESTResponseV2', evidence: 'markdown/api-reference/server-api-reference/c_RESTResponseV2API.md' },
  { owner: 'RESTMessageV2', member: 'executeAsync', documented: 'RESTResponse', type: 'RESTResponseV2', evidence: 'markdown/api-reference/server-api-reference/c_RESTResponseV2API.md' },
  // The type column says "String"; the scoped GlideSession page says its objects come from GlideSystem's getSession().
  { owner: 'GlideSystem', member: 'getSession', documented: 'String', type: 'GlideSession', evidence: 'markdown/api-reference/server-api-reference/c_GlideSessionScopedAPI.md' },
];

/** `types`: Map of member name -> Set of documented type names, for the class `owner`; corrected in place. */
export function applyCorrections(owner, types) {
  for (const c of RETURN_TYPE_CORRECTIONS) {
    if (c.owner !== owner) continue;
    const documented = [...(types.get(c.member) || [])];
    if (documented.length !== 1 || documented[0] !== c.documented) {
      throw new Error(`${owner}.${c.member}: the docs now give ${documented.join(', ') || 'no type'}, not ${c.documented}; review scripts/scoped-api/corrections.mjs`);
    }
    types.set(c.member, new Set([c.type]));
  }
}
