// Script include behind the scheduled job "Incident Bridge: retention" (hourly): deletes integration log rows and
// finished outbox and inbox entries older than x_incb_bridge.log.retention_days, at most
// x_incb_bridge.retention.batch_size rows per table and run, oldest first, so one run never holds the instance for
// long and a backlog is worked off over the following runs.
// Finished means nothing will happen to it any more: outbox sent or skipped, inbox processed or ignored. Dead and
// failed entries stay until an admin retries or discards them (then they age out like any other).
import IntegrationLogWriter from '../logging/IntegrationLogWriter';
import { INBOX_TABLE, LOG_TABLE, OUTBOX_TABLE } from '../core/tables';
import { addMs, nowValue } from '../platform/clock';
import { retentionBatchSize, retentionDays } from './reliabilitySettings';

interface RetainedTable {
  table: string;
  /** encoded query of the rows that may go */
  finished: string;
  /** the date-time column their age is measured by */
  since: string;
}

var RETAINED: RetainedTable[] = [
  { table: LOG_TABLE, finished: '', since: 'sys_created_on' },
  { table: OUTBOX_TABLE, finished: 'stateINsent,skipped', since: 'sys_updated_on' },
  { table: INBOX_TABLE, finished: 'stateINprocessed,ignored', since: 'sys_updated_on' },
];

export default class RetentionPurge {
  /** One run; returns the rows deleted per table. */
  purge(): { [table: string]: number } {
    var cutoff = addMs(nowValue(), -retentionDays() * 86400000);
    var batch = retentionBatchSize();
    var deleted: { [table: string]: number } = {};
    var total = 0;
    for (var i = 0; i < RETAINED.length; i++) {
      deleted[RETAINED[i].table] = this.purgeTable(RETAINED[i], cutoff, batch);
      total += deleted[RETAINED[i].table];
    }
    if (total > 0) {
      new IntegrationLogWriter().write({
        direction: 'internal',
        outcome: 'success',
        error: 'Retention deleted rows older than ' + cutoff + ' UTC: ' + JSON.stringify(deleted),
      });
    }
    return deleted;
  }

  private purgeTable(retained: RetainedTable, cutoff: string, batch: number): number {
    var gr = new GlideRecord(retained.table);
    if (retained.finished) gr.addEncodedQuery(retained.finished);
    gr.addQuery(retained.since, '<', cutoff);
    gr.orderBy(retained.since);
    gr.setLimit(batch);
    gr.query();
    var count = 0;
    while (gr.next()) {
      // Row by row: deleteMultiple() would not honour the batch limit.
      gr.setWorkflow(false);
      if (gr.deleteRecord()) count++;
    }
    return count;
  }
}
