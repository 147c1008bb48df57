// A short, stable digest of mapped field values, kept on the link as last_fingerprint: when a save leaves the
// mapped values exactly as they were last sent to or applied from Azure DevOps, there is nothing to send (this is
// how our own inbound writes are not echoed back). Not a security hash: it only has to notice change.

/** FNV-1a 32-bit over the UTF-16 code units (two bytes each) of `text`, walking forwards or backwards. The multiply
 * by the FNV prime (2^24 + 403) is done with shifts: a plain `*` loses low bits beyond 2^53 and Math.imul is ES2015. */
function fnv1a(text: string, basis: number, backwards: boolean): number {
  var hash = basis;
  for (var n = 0; n < text.length; n++) {
    var code = text.charCodeAt(backwards ? text.length - 1 - n : n);
    for (var b = 0; b < 2; b++) {
      hash ^= b === 0 ? code & 0xff : code >>> 8;
      hash = (hash + (hash << 1) + (hash << 4) + (hash << 7) + (hash << 8) + (hash << 24)) >>> 0;
    }
  }
  return hash >>> 0;
}

function hex8(value: number): string {
  var text = value.toString(16);
  while (text.length < 8) text = '0' + text;
  return text;
}

/** 16 hex characters; the same for the same keys and values whatever their order. A null or absent value counts as
 * empty (getValue() returns null for an empty field, a snapshot holds ''). */
export function fingerprint(values: { [k: string]: string }): string {
  var names: string[] = [];
  for (var name in values) {
    if (Object.prototype.hasOwnProperty.call(values, name)) names.push(name);
  }
  names.sort();
  var pairs: string[][] = [];
  for (var i = 0; i < names.length; i++) {
    var value = values[names[i]];
    pairs.push([names[i], value === null || value === undefined ? '' : String(value)]);
  }
  // JSON keeps names and values apart unambiguously ('a' + 'bc' vs 'ab' + 'c').
  var canonical = JSON.stringify(pairs);
  // Two passes (different basis and direction) make 64 bits, so an accidental match is negligible.
  return hex8(fnv1a(canonical, 0x811c9dc5, false)) + hex8(fnv1a(canonical, 0x050c5d1f, true));
}
