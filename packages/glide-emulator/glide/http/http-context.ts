// What the API handlers share for one request, built inside runAs(the request's user).
import type { Instance } from '../contract';
import type { RecordAccess } from './record-access';

export interface HttpContext {
  instance: Instance;
  /** the script globals (GlideRecord, gs, GlideSysAttachment...): the APIs work through them as scripts do */
  glide: { [name: string]: any };
  /** record ACLs, for the request's user */
  access: RecordAccess;
  /** scheme and host for links in responses, from the request (https://instance.service-now.com by default) */
  baseUrl: string;
}

/** the message of a thrown value */
export function errorText(e: any): string {
  return e && e.message !== undefined ? String(e.message) : String(e);
}
