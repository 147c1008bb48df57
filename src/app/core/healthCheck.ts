// What a connection health check's call says, in words an admin can act on: the EXACT cause, never a bare status.
// The call is a cheap authenticated read of the connection's project (its work item type), so it proves in one
// request that the endpoint answers, the credential is accepted, it may read the project, and project and type exist;
// its answer lists "the fields that exist on the work item type" (WorkItemType.fields) and its states, so it also
// proves that every field the connection maps is one of the type's (the description's field depends on the type)
// and that every state the value map sends is one the type has (an Agile Task has no Resolved).
import { FieldMapping } from './fieldMap';
import { ValueMap } from './valueMap';

export type CheckedStatus = 'healthy' | 'degraded' | 'down';

export interface CallFacts {
  /** HTTP status; 0 when no answer came */
  status: number;
  /** Azure DevOps' own message for an error answer (adoErrorMessage), or the transport's error text for status 0 */
  message: string;
  /** none, basic, pat or oauth2 */
  authType: string;
  /** for oauth2 with no answer: the token the platform holds for the profile ('none', 'expired', 'live') */
  oauthToken?: 'none' | 'expired' | 'live';
  /** milliseconds the call was held back because the connection is rate limited (0: it was sent) */
  pausedMs?: number;
}

export interface Diagnosis {
  status: CheckedStatus;
  /** '' when healthy */
  error: string;
}

function credentialHint(authType: string): string {
  if (authType === 'oauth2') return 'the OAuth token was rejected (expired or revoked): re-authorize the OAuth profile';
  if (authType === 'pat') return 'the personal access token in the basic auth profile is wrong, expired or revoked';
  if (authType === 'basic') return 'the user name or password in the basic auth profile is wrong';
  return 'the connection sends no credentials (authentication None) and Azure DevOps requires them';
}

export function diagnoseCall(facts: CallFacts): Diagnosis {
  var status = facts.status;
  var message = facts.message || '';
  if (facts.pausedMs) return { status: 'degraded', error: 'Not checked: Azure DevOps rate-limits this connection for another ' + Math.ceil(facts.pausedMs / 1000) + ' s' };
  if (status >= 200 && status <= 299) return { status: 'healthy', error: '' };
  if (status === 0) {
    if (facts.authType === 'oauth2' && facts.oauthToken === 'none') return { status: 'down', error: 'No OAuth token - the platform could not obtain one for the OAuth profile (' + message + ')' };
    if (facts.authType === 'oauth2' && facts.oauthToken === 'expired') return { status: 'down', error: 'Expired OAuth token - the access token expired and could not be refreshed (' + message + ')' };
    return { status: 'down', error: 'Unreachable endpoint: no answer from Azure DevOps (' + message + ')' };
  }
  if (status === 401) return { status: 'down', error: 'Invalid credentials (401): ' + credentialHint(facts.authType) + ' - ' + message };
  if (status === 403) return { status: 'down', error: 'Missing permission (403): the credential may not read this project\'s work items - ' + message };
  if (status === 404) return { status: 'down', error: 'Project or work item type not found (404) - ' + message };
  if (status === 429) return { status: 'degraded', error: 'Rate limited by Azure DevOps (429) - ' + message };
  if (status >= 500) return { status: 'down', error: 'Azure DevOps is failing (' + status + ') - ' + message };
  return { status: 'down', error: 'Unexpected answer (' + status + ') - ' + message };
}

/** Every mapped work item field against the fields the type has (`typeFields`: their reference names, as the type's
 * answer lists them; null when the answer has no list, which proves nothing either way). */
export function diagnoseTypeFields(workItemType: string, typeFields: string[] | null, mappings: FieldMapping[]): Diagnosis {
  if (typeFields === null) return { status: 'healthy', error: '' };
  var missing: string[] = [];
  for (var i = 0; i < mappings.length; i++) {
    if (typeFields.indexOf(mappings[i].remote) < 0) missing.push(mappings[i].remote + ' (for the incident\'s ' + mappings[i].sn + ')');
  }
  if (missing.length === 0) return { status: 'healthy', error: '' };
  return {
    status: 'down',
    error: 'Work item type ' + workItemType + ' has no field ' + missing.join(', ') + ': Azure DevOps refuses it or keeps it where no form shows it. Set the connection\'s description field (or work item type) to one the type has',
  };
}

/** Every state the value map sends against the type's states (`typeStates`, as its answer lists them; null when it
 * lists none). Azure DevOps compares state names case-insensitively. A missing one fails only the updates that send
 * it, hence degraded. */
export function diagnoseTypeStates(workItemType: string, typeStates: string[] | null, valueMap: ValueMap): Diagnosis {
  if (typeStates === null) return { status: 'healthy', error: '' };
  var known: { [lower: string]: boolean } = {};
  for (var i = 0; i < typeStates.length; i++) known[String(typeStates[i]).toLowerCase()] = true;
  var missing: string[] = [];
  var sent = valueMap.outboundValues('state');
  for (var j = 0; j < sent.length; j++) {
    if (known[sent[j].remote.toLowerCase()] !== true) missing.push(sent[j].remote + ' (sent for incident state ' + sent[j].sn + ')');
  }
  if (missing.length === 0) return { status: 'healthy', error: '' };
  return {
    status: 'degraded',
    error: 'Work item type ' + workItemType + ' has no state ' + missing.join(', ') + ': Azure DevOps refuses the updates that send it. Change the state value map (or seed it again from a preset for this type)',
  };
}

/** The refresh token's expiry against the warning window: '' when it is far enough away or unknown. */
export function refreshTokenWarning(expiresMs: number | null, nowMs: number, warningDays: number, expiresText: string): Diagnosis {
  if (expiresMs === null) return { status: 'healthy', error: '' };
  if (expiresMs <= nowMs) return { status: 'down', error: 'Expired OAuth refresh token (expired ' + expiresText + ' UTC): re-authorize the OAuth profile' };
  var days = (expiresMs - nowMs) / 86400000;
  if (days > warningDays) return { status: 'healthy', error: '' };
  return { status: 'degraded', error: 'The OAuth refresh token expires ' + expiresText + ' UTC (in ' + Math.floor(days) + ' days): re-authorize the OAuth profile before then' };
}

/** The worst of several findings, their errors joined. */
export function combine(findings: Diagnosis[]): Diagnosis {
  var rank: { [status: string]: number } = { healthy: 0, degraded: 1, down: 2 };
  var worst: CheckedStatus = 'healthy';
  var errors: string[] = [];
  for (var i = 0; i < findings.length; i++) {
    if (rank[findings[i].status] > rank[worst]) worst = findings[i].status;
    if (findings[i].error) errors.push(findings[i].error);
  }
  return { status: worst, error: errors.join(' | ') };
}
