// x_incb_bridge.inbound.max_body_bytes: the largest request body any route of the app reads (web hooks and the agent
// API), counted in UTF-8 bytes as it crossed the wire. Far below the platform's own cap for scripted REST bodies
// (glide.rest.scripted.max_inbound_content_length_mb, 10 MB): an event or an agent's note is a few kilobytes, and a
// larger body is refused with a 413 before anything parses it.
import { utf8ByteLength } from '../core/utf8ByteLength';
import { integerProperty } from './properties';

/** Default of the property (also declared as its value in Fluent). */
export var DEFAULT_MAX_BODY_BYTES = 1048576;

export interface OversizedBody {
  limit: number;
  size: number;
}

function maxBodyBytes(): number {
  var value = integerProperty('inbound.max_body_bytes', DEFAULT_MAX_BODY_BYTES);
  return value > 0 ? value : DEFAULT_MAX_BODY_BYTES;
}

/** The limit and the body's size when the body is larger than the limit; null when it fits. */
export function oversizedBody(text: string): OversizedBody | null {
  var limit = maxBodyBytes();
  // Each character is at most 3 bytes (a surrogate pair, 2 characters, is 4): a short text needs no counting.
  if (text.length * 3 <= limit) return null;
  var size = utf8ByteLength(text);
  return size > limit ? { limit: limit, size: size } : null;
}
