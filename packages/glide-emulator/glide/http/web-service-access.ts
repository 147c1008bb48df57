// "Allow access to this table via web services" (sys_db_object.ws_access): when it is off, no inbound web service
// (Table API) may touch the table, whoever asks (ServiceNowDocs application-development/r_TableApplicationAccessFields.md:
// "Clear the check box to prevent users from making web service queries to this table"). The flag of the app's
// tables comes from the package's sys_db_object records; every platform table of the emulator allows web services,
// the platform's default (c_RESTAPI.md: "By default, all tables ... are accessible through web services").
import type { LoadedApp } from '../../loader/types';

/** names of the app's tables whose web service access is off */
export function tablesClosedToWebServices(app: LoadedApp): { [table: string]: boolean } {
  var closed: { [table: string]: boolean } = {};
  var tables = app.records['sys_db_object'] || [];
  for (var i = 0; i < tables.length; i++) {
    if (tables[i].ws_access === 'false') closed[tables[i].name] = true;
  }
  return closed;
}
