// Comparing a presented shared secret with the stored one. A plain === stops at the first differing character, so
// its timing tells an attacker how much of a guess was right; this comparison always walks the whole stored secret
// and only decides at the end. (Its length may show; the characters do not.) Glide-free.

export function constantTimeEquals(presented: string, expected: string): boolean {
  var given = presented === null || presented === undefined ? '' : String(presented);
  var wanted = expected === null || expected === undefined ? '' : String(expected);
  var difference = given.length === wanted.length ? 0 : 1;
  for (var i = 0; i < wanted.length; i++) {
    // Past the end of the guess, compare with 0 so the loop (and its time) still covers the stored secret.
    difference |= wanted.charCodeAt(i) ^ (i < given.length ? given.charCodeAt(i) : 0);
  }
  return difference === 0;
}
