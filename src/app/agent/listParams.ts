// The query parameters of GET /incidents, validated before any query runs. Each value is checked against what it can
// legitimately be (digits for state and priority, a sys_id or a plain name for the group, a UTC time...), so a
// value carrying encoded-query syntax (^, ^OR, ^NQ, =) is either rejected or used as plain data through addQuery,
// and never widens the query. Unknown parameters are a 400: a misspelt filter must not silently list everything.
import { ApiError, badRequest } from './apiError';
import { CursorPosition, decodeCursor } from './listCursor';
import { storedUtc } from './utcTime';

export var DEFAULT_LIMIT = 20;
export var MAX_LIMIT = 100;
var MAX_OFFSET = 1000000;

var PARAMETERS = ['plan', 'state', 'priority', 'assignment_group', 'updated_since', 'limit', 'offset', 'cursor'];
var SYS_ID = /^[0-9a-f]{32}$/;
var STATE = /^-?\d{1,4}$/;
var PRIORITY = /^[1-5]$/;
var DIGITS = /^\d{1,9}$/;
/** what would be query syntax in an encoded query (^, line breaks) or a script the platform evaluates in a query
 * value (javascript:), and which no name of a record holds */
var QUERY_SYNTAX = /[\^\r\n]|^\s*javascript:/i;

export interface GroupFilter {
  kind: 'sys_id' | 'name';
  value: string;
}

export interface ListParams {
  plan: string | null;
  states: string[];
  priorities: string[];
  assignmentGroup: GroupFilter | null;
  /** stored form (yyyy-MM-dd HH:mm:ss, UTC) */
  updatedSince: string | null;
  limit: number;
  offset: number;
  cursor: CursorPosition | null;
}

export interface ListParamsResult {
  params?: ListParams;
  error?: ApiError;
}

/** The single value of a parameter ('' = absent); an error when it is given more than once. */
function single(query: { [name: string]: string[] }, name: string): { value: string; error?: ApiError } {
  var values = query[name] || [];
  if (values.length > 1) return { value: '', error: badRequest('Give "' + name + '" once') };
  return { value: values.length ? String(values[0]) : '' };
}

/** Every value of a list parameter: repeated and/or comma-separated (state=1,2 or state=1&state=2). */
function listValues(query: { [name: string]: string[] }, name: string): string[] {
  var out: string[] = [];
  var values = query[name] || [];
  for (var i = 0; i < values.length; i++) {
    var parts = String(values[i]).split(',');
    for (var j = 0; j < parts.length; j++) out.push(parts[j].trim());
  }
  return out;
}

function checkList(values: string[], pattern: RegExp, name: string, expected: string): ApiError | null {
  for (var i = 0; i < values.length; i++) {
    if (!pattern.test(values[i])) return badRequest('Invalid "' + name + '" value', expected + '; got ' + JSON.stringify(values[i]));
  }
  return null;
}

export function parseListParams(query: { [name: string]: string[] }): ListParamsResult {
  for (var name in query) {
    if (Object.prototype.hasOwnProperty.call(query, name) && PARAMETERS.indexOf(name) < 0) {
      return { error: badRequest('Unknown query parameter "' + name + '"', 'Known parameters: ' + PARAMETERS.join(', ')) };
    }
  }
  var params: ListParams = { plan: null, states: [], priorities: [], assignmentGroup: null, updatedSince: null, limit: DEFAULT_LIMIT, offset: 0, cursor: null };

  var plan = single(query, 'plan');
  if (plan.error) return { error: plan.error };
  if (plan.value !== '') {
    if (QUERY_SYNTAX.test(plan.value)) return { error: badRequest('Invalid "plan" value', 'A response plan name contains no ^, no line break and no javascript: prefix') };
    params.plan = plan.value;
  }

  params.states = listValues(query, 'state');
  var stateError = checkList(params.states, STATE, 'state', 'States are numbers, e.g. state=1,2');
  if (stateError) return { error: stateError };
  params.priorities = listValues(query, 'priority');
  var priorityError = checkList(params.priorities, PRIORITY, 'priority', 'Priorities are 1 to 5, e.g. priority=1,2');
  if (priorityError) return { error: priorityError };

  var group = single(query, 'assignment_group');
  if (group.error) return { error: group.error };
  if (group.value !== '') {
    if (SYS_ID.test(group.value)) params.assignmentGroup = { kind: 'sys_id', value: group.value };
    else if (QUERY_SYNTAX.test(group.value)) return { error: badRequest('Invalid "assignment_group" value', 'Give a group sys_id or name; a name contains no ^, no line break and no javascript: prefix') };
    else params.assignmentGroup = { kind: 'name', value: group.value };
  }

  var since = single(query, 'updated_since');
  if (since.error) return { error: since.error };
  if (since.value !== '') {
    params.updatedSince = storedUtc(since.value);
    if (params.updatedSince === null) return { error: badRequest('Invalid "updated_since" value', 'A UTC time: 2026-11-22T10:00:00Z or 2026-11-22 10:00:00') };
  }

  var limit = single(query, 'limit');
  if (limit.error) return { error: limit.error };
  if (limit.value !== '') {
    params.limit = DIGITS.test(limit.value) ? parseInt(limit.value, 10) : 0;
    if (params.limit < 1 || params.limit > MAX_LIMIT) return { error: badRequest('Invalid "limit" value', 'A whole number from 1 to ' + MAX_LIMIT) };
  }
  var offset = single(query, 'offset');
  if (offset.error) return { error: offset.error };
  if (offset.value !== '') {
    params.offset = DIGITS.test(offset.value) ? parseInt(offset.value, 10) : -1;
    if (params.offset < 0 || params.offset > MAX_OFFSET) return { error: badRequest('Invalid "offset" value', 'A whole number from 0 to ' + MAX_OFFSET) };
  }
  var cursor = single(query, 'cursor');
  if (cursor.error) return { error: cursor.error };
  if (cursor.value !== '') {
    params.cursor = decodeCursor(cursor.value);
    if (!params.cursor) return { error: badRequest('Invalid "cursor" value', 'Pass back the next_cursor of a previous page unchanged') };
    if (params.offset > 0) return { error: badRequest('Give either "offset" or "cursor", not both') };
  }
  return { params: params };
}
