// Script include: fills a connection's value maps from the preset its admin picked (value_map_preset) and its work
// item type (whose states may differ from the process's other types), as starting points to edit. The after-insert rule on x_incb_bridge_connection seeds a new connection that has none; an admin
// can call seed() again later, e.g. `new x_incb_bridge.ValueMapSeeder().seed(connectionSysId, 'agile', true)`.
import { isValueMapPreset, presetRows, ValueMapPreset } from '../core/valueMapPresets';
import { CONNECTION_TABLE, VALUE_MAP_TABLE } from '../core/tables';
import { DEFAULT_WORK_ITEM_TYPE } from './AzureDevOpsConnection';
import { insertRow } from '../platform/records';

export default class ValueMapSeeder {
  /** Business rule entry: seeds the new connection from its preset unless it already has value maps. */
  seedNewConnection(connection: GlideRecord): number {
    if (connection.getValue('type') !== 'azure_devops') return 0;
    return this.seed(connection.getUniqueValue(), connection.getValue('value_map_preset') || '', false);
  }

  /** Inserts the preset's rows for the connection's work item type and returns how many. Without `replace`, a connection that has any
   * value map rows is left as it is (an admin's edits win); with it, its rows are deleted first. An unknown or empty
   * preset inserts nothing. */
  seed(connectionSysId: string, preset: string, replace?: boolean): number {
    if (!connectionSysId || !isValueMapPreset(preset)) return 0;
    var existing = new GlideRecord(VALUE_MAP_TABLE);
    existing.addQuery('connection', connectionSysId);
    if (replace) {
      existing.deleteMultiple();
    } else {
      existing.setLimit(1);
      existing.query();
      if (existing.hasNext()) return 0;
    }
    var connection = new GlideRecord(CONNECTION_TABLE);
    var workItemType = connection.get(connectionSysId) ? connection.getValue('ado_work_item_type') || DEFAULT_WORK_ITEM_TYPE : DEFAULT_WORK_ITEM_TYPE;
    var rows = presetRows(preset as ValueMapPreset, workItemType);
    var inserted = 0;
    for (var i = 0; i < rows.length; i++) {
      var id = insertRow(VALUE_MAP_TABLE, {
        connection: connectionSysId,
        field: rows[i].field,
        direction: rows[i].direction,
        sn_value: rows[i].sn_value,
        remote_value: rows[i].remote_value,
        order: String(rows[i].order),
      });
      if (id) inserted++;
    }
    return inserted;
  }
}
