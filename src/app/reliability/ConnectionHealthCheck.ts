// Script include behind the scheduled job "Incident Bridge: connection health check" (every 30 minutes): for every
// active Azure DevOps connection, one cheap authenticated call (GET the connection's work item type in its project)
// through the connection's own credential, then health_status / health_checked_at / health_error with the exact
// cause (unreachable endpoint, invalid credentials, missing permission, project or type not found, a mapped field the
// type does not have, a state the value map sends that the type does not have, expired OAuth token or refresh token). Calling through the OAuth profile regularly also keeps its refresh token in use: the
// platform refreshes an expired access token with it, and providers that rotate refresh tokens hand out a new one.
// When the call succeeds, what the deliveries found still counts: dead outbox entries, an open circuit and a refresh
// token close to its expiry (x_incb_bridge.health.refresh_token_warning_days) leave the connection degraded.
// No secret is read into a message: the call goes through platform auth profiles, errors are redacted.
import IntegrationLogWriter from '../logging/IntegrationLogWriter';
import { adoErrorMessage } from '../core/adoError';
import { classifyStatus } from '../core/delivery';
import { CallFacts, combine, Diagnosis, diagnoseCall, diagnoseTypeFields, diagnoseTypeStates, refreshTokenWarning } from '../core/healthCheck';
import { OUTBOX_TABLE } from '../core/tables';
import { AdoRequest, AzureDevOpsClient, JSON_CONTENT_TYPE } from '../azure-devops/AzureDevOpsClient';
import { parseJsonOrNull } from '../core/jsonNesting';
import { API_VERSION, AZURE_DEVOPS_TYPE, AzureDevOpsConnection, configurationProblem, loadConnection, witUrl } from '../azure-devops/AzureDevOpsConnection';
import { activeConnections, findConnectionRow, updateConnection } from '../model/connection';
import { nowMs, valueMs } from '../platform/clock';
import { accessTokenState, refreshTokenExpiry } from '../platform/oauthTokens';
import { ConnectionGate } from './connectionGate';
import { circuitFailureThreshold, refreshTokenWarningDays } from './reliabilitySettings';
import { checkedHealthValues } from './connectionHealth';

function healthCheckRequest(connection: AzureDevOpsConnection): AdoRequest {
  return {
    operation: 'health_check',
    method: 'GET',
    url: witUrl(connection) + '/workitemtypes/' + encodeURIComponent(connection.workItemType) + '?api-version=' + API_VERSION,
    headers: { Accept: JSON_CONTENT_TYPE },
  };
}

/** `property` of each entry of a list in the work item type's answer (its fields' reference names, its states'
 * names), or null when the answer has no such list. */
function namesOf(list: any, property: string): string[] | null {
  if (!list || typeof list.length !== 'number') return null;
  var names: string[] = [];
  for (var i = 0; i < list.length; i++) {
    if (list[i] && list[i][property]) names.push(String(list[i][property]));
  }
  return names;
}

export default class ConnectionHealthCheck {
  /** Job entry: every active Azure DevOps connection, one call each. Returns how many were checked. */
  checkAll(): number {
    var connections = activeConnections({ types: [AZURE_DEVOPS_TYPE], use: 'any' });
    var ids: string[] = [];
    for (var c = 0; c < connections.length; c++) ids.push(connections[c].sysId);
    for (var i = 0; i < ids.length; i++) this.check(ids[i]);
    return ids.length;
  }

  /** Checks one connection now, records and returns the result. */
  check(connectionSysId: string): Diagnosis {
    var connection = loadConnection(connectionSysId);
    if (!connection) return { status: 'down', error: 'No connection ' + connectionSysId };
    var problem = configurationProblem(connection);
    var findings: Diagnosis[] = problem ? [{ status: 'down', error: 'Misconfigured: ' + problem }] : [this.call(connection)];
    if (connection.auth.type === 'oauth2' && connection.auth.profileSysId) findings.push(this.refreshToken(connection.auth.profileSysId));
    var result = combine(findings);
    if (result.status === 'healthy') result = combine([result, this.circuit(connectionSysId), this.deadEntries(connectionSysId)]);
    this.record(connectionSysId, result);
    return result;
  }

  private call(connection: AzureDevOpsConnection): Diagnosis {
    var client = new AzureDevOpsClient(connection, {}, new IntegrationLogWriter(), new ConnectionGate(connection.sysId));
    var answer = client.send(healthCheckRequest(connection), '');
    var facts: CallFacts = {
      status: answer.status,
      message: answer.status === 0 ? answer.errorMessage || 'no answer' : adoErrorMessage(answer.status, answer.body),
      authType: connection.auth.type,
      pausedMs: answer.pausedMs || 0,
    };
    if (answer.status === 0 && !answer.pausedMs && connection.auth.type === 'oauth2' && connection.auth.profileSysId) {
      facts.oauthToken = accessTokenState(connection.auth.profileSysId);
    }
    var diagnosis = diagnoseCall(facts);
    if (classifyStatus(answer.status) !== 'ok') return diagnosis;
    var type = parseJsonOrNull(answer.body);
    return combine([
      diagnosis,
      diagnoseTypeFields(connection.workItemType, namesOf(type && type.fields, 'referenceName'), connection.fieldMap),
      diagnoseTypeStates(connection.workItemType, namesOf(type && type.states, 'name'), connection.valueMap),
    ]);
  }

  private refreshToken(profileSysId: string): Diagnosis {
    var expires = refreshTokenExpiry(profileSysId);
    return refreshTokenWarning(valueMs(expires), nowMs(), refreshTokenWarningDays(), expires);
  }

  /** An open circuit means deliveries are paused even though this one call went through. */
  private circuit(connectionSysId: string): Diagnosis {
    var gr = findConnectionRow(connectionSysId);
    if (!gr) return { status: 'healthy', error: '' };
    var failures = parseInt(gr.getValue('consecutive_failures') || '0', 10);
    var openUntil = valueMs(gr.getValue('circuit_open_until'));
    if (!(failures >= circuitFailureThreshold()) || openUntil === null || openUntil <= nowMs()) return { status: 'healthy', error: '' };
    return { status: 'degraded', error: 'Deliveries paused until ' + gr.getValue('circuit_open_until') + ' UTC after ' + failures + ' failed in a row (circuit breaker)' };
  }

  /** Dead entries wait for an admin: until they are retried or discarded the connection is not healthy. */
  private deadEntries(connectionSysId: string): Diagnosis {
    var gr = new GlideRecord(OUTBOX_TABLE);
    gr.addQuery('connection', connectionSysId);
    gr.addQuery('state', 'dead');
    gr.orderByDesc('sys_updated_on');
    gr.setLimit(1);
    gr.query();
    if (!gr.next()) return { status: 'healthy', error: '' };
    return { status: 'degraded', error: 'Dead outbox entries wait to be retried or discarded (the latest, for ' + gr.getDisplayValue('incident') + ': ' + (gr.getValue('last_error') || '') + ')' };
  }

  private record(connectionSysId: string, result: Diagnosis): void {
    updateConnection(connectionSysId, checkedHealthValues(result), 'the connection\'s health');
  }
}
