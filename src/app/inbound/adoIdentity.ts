// Azure DevOps identities as they reach us: service hook payloads (resourceVersion 1.0) carry "Display Name
// <unique name>" strings, or a bare display name in older payloads; REST 7.1 answers and newer hooks carry IdentityRef
// objects ({displayName, uniqueName, id, ...}; an update's revisedBy adds `name`, the string form). One reading of
// all of them lets us tell whether a change was made by the identity our own credential acts as. Glide-free.

export interface AdoIdentity {
  displayName: string;
  /** the account (e-mail or domain\user); '' when the source gave only a display name */
  uniqueName: string;
  /** the identity's GUID when the source gave one, else '' */
  id: string;
}

var NAME_AND_UNIQUE = /^(.*?)\s*<([^<>]+)>\s*$/;
/** Longer text is no "Name <unique name>" (Azure DevOps' display and unique names are a few hundred characters at
 * most); NAME_AND_UNIQUE backtracks over every space of a long run, quadratic time on a hostile payload. */
var MAX_IDENTITY_TEXT = 1024;

function text(value: any): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** The identity in a string or IdentityRef object, or null when there is none (null, empty, another type). */
export function parseAdoIdentity(value: any): AdoIdentity | null {
  if (value !== null && typeof value === 'object') {
    var fromName = typeof value.name === 'string' ? parseAdoIdentity(value.name) : null;
    var uniqueName = text(value.uniqueName) || (fromName ? fromName.uniqueName : '');
    var displayName = text(value.displayName) || (fromName ? fromName.displayName : '') || uniqueName;
    if (!displayName && !uniqueName) return null;
    return { displayName: displayName, uniqueName: uniqueName, id: text(value.id) };
  }
  var raw = text(value);
  if (!raw) return null;
  var m = raw.length <= MAX_IDENTITY_TEXT ? NAME_AND_UNIQUE.exec(raw) : null;
  if (m) return { displayName: m[1] || m[2], uniqueName: m[2], id: '' };
  return { displayName: raw, uniqueName: '', id: '' };
}

/** "Name <unique name>", the form stored in connection.remote_identity and shown to admins. */
export function formatAdoIdentity(identity: AdoIdentity): string {
  return identity.uniqueName ? identity.displayName + ' <' + identity.uniqueName + '>' : identity.displayName;
}

/** Whether two identities are the same account: by GUID when both have one, else by unique name, else (a payload
 * that names only the display name) by display name; case-insensitive, as Azure DevOps compares accounts. */
export function isSameIdentity(a: AdoIdentity | null, b: AdoIdentity | null): boolean {
  if (!a || !b) return false;
  if (a.id && b.id) return a.id.toLowerCase() === b.id.toLowerCase();
  if (a.uniqueName && b.uniqueName) return a.uniqueName.toLowerCase() === b.uniqueName.toLowerCase();
  return a.displayName.toLowerCase() === b.displayName.toLowerCase();
}
