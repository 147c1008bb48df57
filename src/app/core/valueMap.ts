// Translates field values between ServiceNow's stored values ('2') and a remote system's values ('Doing'), from the
// connection's x_incb_bridge_value_map rows. A value without a row is unmapped (null): callers log and skip it,
// never send it raw, because a raw ServiceNow value is meaningless (or wrong) on the other side.

export type SyncDirection = 'outbound' | 'inbound' | 'both';

export interface ValueMapRow {
  /** value map field, e.g. 'state', 'priority' */
  field: string;
  direction: SyncDirection;
  /** ServiceNow stored value, e.g. '2' */
  sn_value: string;
  /** remote value, e.g. 'Doing' */
  remote_value: string;
  /** lower wins when several rows match; a row without one comes after every row that has one */
  order?: number;
}

function orderOf(row: ValueMapRow): number {
  return typeof row.order === 'number' && !isNaN(row.order) ? row.order : Number.MAX_VALUE;
}

function serves(row: ValueMapRow, direction: SyncDirection): boolean {
  return row.direction === direction || row.direction === 'both';
}

export class ValueMap {
  private rows: ValueMapRow[];

  constructor(rows: ValueMapRow[]) {
    // Sorted once by order; equal orders keep their given sequence (a manual stable sort: Array.prototype.sort is
    // not guaranteed stable in every engine).
    var indexed: Array<{ row: ValueMapRow; index: number }> = [];
    for (var i = 0; i < rows.length; i++) indexed.push({ row: rows[i], index: i });
    indexed.sort(function (a, b) {
      var diff = orderOf(a.row) - orderOf(b.row);
      if (diff !== 0) return diff < 0 ? -1 : 1;
      return a.index - b.index;
    });
    this.rows = [];
    for (var j = 0; j < indexed.length; j++) this.rows.push(indexed[j].row);
  }

  /** The remote value for a ServiceNow stored value (exact match), or null when unmapped. */
  toRemote(field: string, snValue: string): string | null {
    var value = snValue === null || snValue === undefined ? '' : String(snValue);
    for (var i = 0; i < this.rows.length; i++) {
      var row = this.rows[i];
      if (row.field === field && serves(row, 'outbound') && row.sn_value === value) return row.remote_value;
    }
    return null;
  }

  /** The remote value each ServiceNow value of `field` goes out as (the row toRemote() picks), in row order. */
  outboundValues(field: string): Array<{ sn: string; remote: string }> {
    var seen: { [sn: string]: boolean } = {};
    var out: Array<{ sn: string; remote: string }> = [];
    for (var i = 0; i < this.rows.length; i++) {
      var row = this.rows[i];
      if (row.field !== field || !serves(row, 'outbound') || seen[row.sn_value] === true) continue;
      seen[row.sn_value] = true;
      out.push({ sn: row.sn_value, remote: row.remote_value });
    }
    return out;
  }

  /** The ServiceNow stored value for a remote value: exact match first, then case-insensitive (Azure DevOps
   * compares state names case-insensitively); null when unmapped. */
  toLocal(field: string, remoteValue: string): string | null {
    var value = remoteValue === null || remoteValue === undefined ? '' : String(remoteValue);
    var lower = value.toLowerCase();
    var caseInsensitive: string | null = null;
    for (var i = 0; i < this.rows.length; i++) {
      var row = this.rows[i];
      if (row.field !== field || !serves(row, 'inbound')) continue;
      if (row.remote_value === value) return row.sn_value;
      if (caseInsensitive === null && String(row.remote_value).toLowerCase() === lower) caseInsensitive = row.sn_value;
    }
    return caseInsensitive;
  }
}
