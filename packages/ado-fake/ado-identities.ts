// Azure DevOps identities. REST responses (7.1) carry IdentityRef objects; service hook payloads at resourceVersion
// 1.0 carry "Display Name <unique name>" strings (as in Microsoft's samples), so both forms come from one record.
import { createHash } from 'crypto';

export interface AdoIdentity {
  displayName: string;
  uniqueName: string;
  id: string;
}

export interface AdoIdentityRef {
  displayName: string;
  url: string;
  _links: { avatar: { href: string } };
  id: string;
  uniqueName: string;
  imageUrl: string;
  descriptor: string;
}

/** A GUID-shaped id derived from a seed, so a user, project or collection keeps one id across fakes and runs. */
export function stableGuid(seed: string): string {
  const h = createHash('sha1').update(seed.toLowerCase()).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function identityFor(displayName: string, uniqueName: string): AdoIdentity {
  return { displayName, uniqueName, id: stableGuid(`identity:${uniqueName}`) };
}

/** Accepts what clients write into identity fields: "Name <mail>", a bare unique name, or an object with them. */
export function parseIdentity(value: unknown): AdoIdentity | null {
  if (value !== null && typeof value === 'object') {
    const v = value as { displayName?: unknown; uniqueName?: unknown };
    if (typeof v.uniqueName === 'string') return identityFor(typeof v.displayName === 'string' ? v.displayName : v.uniqueName, v.uniqueName);
    return null;
  }
  if (typeof value !== 'string' || value.trim() === '') return null;
  const m = /^(.*?)\s*<([^>]+)>\s*$/.exec(value);
  return m ? identityFor(m[1] || m[2], m[2]) : identityFor(value.trim(), value.trim());
}

export function identityRef(identity: AdoIdentity, baseUrl: string, organization: string): AdoIdentityRef {
  const descriptor = 'aad.' + Buffer.from(identity.id).toString('base64').replace(/=+$/, '');
  return {
    displayName: identity.displayName,
    url: `${baseUrl}/${organization}/_apis/Identities/${identity.id}`,
    _links: { avatar: { href: `${baseUrl}/${organization}/_apis/GraphProfile/MemberAvatars/${descriptor}` } },
    id: identity.id,
    uniqueName: identity.uniqueName,
    imageUrl: `${baseUrl}/${organization}/_api/_common/identityImage?id=${identity.id}`,
    descriptor,
  };
}

export function identityString(identity: AdoIdentity): string {
  return `${identity.displayName} <${identity.uniqueName}>`;
}
