// The opaque cursor of GET /incidents: the position after the last incident of a page in the list's order
// (sys_updated_on, then sys_id). Keyset paging, unlike an offset, skips nothing when incidents are updated between
// two pages: an updated incident moves past the cursor and comes again later. The text is 14 digits of the UTC time
// and the 32-character sys_id; agents must treat it as opaque. Only digits and hex: validated, it can never carry
// query syntax.

export interface CursorPosition {
  /** sys_updated_on, stored form */
  updatedOn: string;
  sysId: string;
}

var CURSOR = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})([0-9a-f]{32})$/;
var STORED = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

export function encodeCursor(position: CursorPosition): string {
  var m = STORED.exec(position.updatedOn);
  if (!m) return '';
  return m[1] + m[2] + m[3] + m[4] + m[5] + m[6] + position.sysId;
}

/** null for anything that is not a cursor this API wrote */
export function decodeCursor(text: string): CursorPosition | null {
  var m = CURSOR.exec(text);
  if (!m) return null;
  return { updatedOn: m[1] + '-' + m[2] + '-' + m[3] + ' ' + m[4] + ':' + m[5] + ':' + m[6], sysId: m[7] };
}
