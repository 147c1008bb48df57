// GET /incidents: the incidents matching the validated filters, in a stable order (sys_updated_on, then sys_id),
// one page of them plus where the next page starts (offset and cursor). Filter values reach the query only through
// addQuery(field, operator, value); the one encoded query used is the response plan's stored condition, which is
// server data, checked before use: a plan whose condition cannot be applied is a 409 naming the plan.
import { ResponsePlan, planByName } from '../push/responsePlans';
import { ApiError, badRequest, conflict } from './apiError';
import { encodeCursor } from './listCursor';
import { ListParams } from './listParams';
import { INCIDENT_TABLE } from '../core/tables';
import { IncidentSummary, incidentSummary } from './incidentSummary';

export interface IncidentPage {
  incidents: IncidentSummary[];
  plan: { name: string; autonomy: string; active: boolean } | null;
  paging: {
    limit: number;
    offset: number;
    count: number;
    has_more: boolean;
    /** offset of the next page, when paging by offset (null with a cursor or on the last page) */
    next_offset: number | null;
    /** cursor of the next page (null on the last page) */
    next_cursor: string | null;
  };
}

export interface IncidentPageResult {
  page?: IncidentPage;
  error?: ApiError;
}

/** Why a plan's condition cannot filter the list, or null when it can. */
function conditionProblem(plan: ResponsePlan, gr: GlideRecord): string | null {
  var condition = plan.condition;
  if (condition === '') return 'has no condition, so it matches no incident';
  // An instance appends later addQuery terms to the LAST ^NQ group only: the filters would not apply to the others.
  if (condition.indexOf('^NQ') >= 0) return 'has a condition with several groups (^NQ), which cannot be combined with the list filters';
  if (/(^|\^)ORDERBY/.test(condition)) return 'has a condition with a sort order (ORDERBY), which would change the list order';
  if (!gr.isValidEncodedQuery(condition)) return 'has a condition that is not a valid encoded query over incident: ' + condition;
  return null;
}

export function listIncidents(params: ListParams): IncidentPageResult {
  var gr = new GlideRecord(INCIDENT_TABLE);
  var plan: ResponsePlan | null = null;
  if (params.plan !== null) {
    plan = planByName(params.plan);
    if (!plan) return { error: badRequest('No response plan named "' + params.plan + '"') };
    var problem = conditionProblem(plan, gr);
    if (problem) return { error: conflict('Response plan "' + plan.name + '" ' + problem, 'An Incident Bridge admin must fix the plan') };
    gr.addEncodedQuery(plan.condition);
  }
  if (params.states.length) gr.addQuery('state', 'IN', params.states.join(','));
  if (params.priorities.length) gr.addQuery('priority', 'IN', params.priorities.join(','));
  if (params.assignmentGroup) {
    gr.addQuery(params.assignmentGroup.kind === 'sys_id' ? 'assignment_group' : 'assignment_group.name', params.assignmentGroup.value);
  }
  if (params.updatedSince !== null) gr.addQuery('sys_updated_on', '>=', params.updatedSince);
  if (params.cursor) {
    // After the cursor: updated later, or at the same second with a greater sys_id. As an AND of ORs:
    // updated >= u AND (updated > u OR sys_id > id).
    gr.addQuery('sys_updated_on', '>=', params.cursor.updatedOn);
    gr.addQuery('sys_updated_on', '>', params.cursor.updatedOn).addOrCondition('sys_id', '>', params.cursor.sysId);
  }
  gr.orderBy('sys_updated_on');
  gr.orderBy('sys_id');
  // One row more than the page: whether another page exists, without counting.
  gr.chooseWindow(params.offset, params.offset + params.limit + 1);
  gr.query();
  var incidents: IncidentSummary[] = [];
  var last = { updatedOn: '', sysId: '' };
  var hasMore = false;
  while (gr.next()) {
    if (incidents.length === params.limit) {
      hasMore = true;
      break;
    }
    incidents.push(incidentSummary(gr));
    last = { updatedOn: gr.getValue('sys_updated_on') || '', sysId: gr.getUniqueValue() };
  }
  return {
    page: {
      incidents: incidents,
      plan: plan ? { name: plan.name, autonomy: plan.autonomy, active: plan.active } : null,
      paging: {
        limit: params.limit,
        offset: params.offset,
        count: incidents.length,
        has_more: hasMore,
        next_offset: hasMore && !params.cursor ? params.offset + params.limit : null,
        next_cursor: hasMore ? encodeCursor(last) : null,
      },
    },
  };
}
