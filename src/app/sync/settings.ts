// The sender's tunable limits (system properties, declared with the same defaults in src/fluent/azure-devops), read
// when needed so an admin's change applies to the next sync.
import { integerProperty } from '../platform/properties';

/** x_incb_bridge.attachment.max_bytes: larger attachments are logged and skipped, not uploaded. */
export var DEFAULT_ATTACHMENT_MAX_BYTES = 10485760;

/** Tries of an update whose `test /rev` keeps failing (412) because someone else keeps changing the work item. */
export var MAX_REV_TRIES = 3;

export function attachmentMaxBytes(): number {
  var value = integerProperty('attachment.max_bytes', DEFAULT_ATTACHMENT_MAX_BYTES);
  return value > 0 ? value : DEFAULT_ATTACHMENT_MAX_BYTES;
}
