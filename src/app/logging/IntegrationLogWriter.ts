// Script include: the one way the app writes the integration log (x_incb_bridge_log). Redaction and truncation
// happen here, so no caller can forget them; the body limit is the x_incb_bridge.log.max_body_length property.
import { IntegrationLogEntry, logRowValues } from '../core/logEntry';
import { integerProperty } from '../platform/properties';
import { insertRow } from '../platform/records';
import { LOG_TABLE } from '../core/tables';

/** Default of x_incb_bridge.log.max_body_length (also declared as the property's default in Fluent). */
var DEFAULT_MAX_BODY_LENGTH = 4000;

export default class IntegrationLogWriter {
  private maxBodyLength: number;

  constructor() {
    this.maxBodyLength = integerProperty('log.max_body_length', DEFAULT_MAX_BODY_LENGTH);
  }

  /** Writes one row; returns its sys_id ('' if the platform refused the insert). Never throws for bad input:
   * logging must not be the reason an integration call fails. */
  write(entry: IntegrationLogEntry): string {
    try {
      return insertRow(LOG_TABLE, logRowValues(entry, this.maxBodyLength));
    } catch (e) {
      gs.error('Incident Bridge: could not write the integration log: ' + String(e));
      return '';
    }
  }
}
