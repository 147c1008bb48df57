// ATF step script (Incident Bridge: demo round trip): points the round trip's test connection at the Azure DevOps
// test double on this instance (its own glide.servlet.uri + /api/x_incb_bridge/ado_double), which the package
// installs with its demo data.
import { ATF_MARKER } from './support/testRecords';

declare var outputs: { table?: string; record_id?: string };
declare var stepResult: { setOutputMessage(message: string): void };

var instance = String(gs.getProperty('glide.servlet.uri') || '').replace(/\/+$/, '');
if (!instance) throw new Error('glide.servlet.uri is not set on this instance: the double cannot be addressed');
var connection = new GlideRecord('x_incb_bridge_connection');
connection.addQuery('name', ATF_MARKER + ' round trip');
connection.query();
if (!connection.next()) throw new Error('No test connection "' + ATF_MARKER + ' round trip"');
var url = instance + '/api/x_incb_bridge/ado_double';
connection.setValue('base_url', url);
if (!connection.update()) throw new Error('Updating the test connection was refused');
outputs.table = 'x_incb_bridge_connection';
outputs.record_id = connection.getUniqueValue();
stepResult.setOutputMessage('The round trip connection sends to ' + url);
