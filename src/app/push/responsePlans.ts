// Response plans (x_incb_bridge_response_plan) as the agent API and the push read them. A plan's condition is an
// encoded query over incident from the condition builder; an empty one matches no incident (a plan must say which
// incidents it takes on), and the builder's trailing ^EQ means nothing.

export var RESPONSE_PLAN_TABLE = 'x_incb_bridge_response_plan';

export interface ResponsePlan {
  sysId: string;
  name: string;
  active: boolean;
  /** normalized: trimmed, without the condition builder's trailing ^EQ */
  condition: string;
  /** autonomous or review */
  autonomy: string;
  /** sys_id of the target webhook connection ('' = none) */
  target_connection: string;
}

export function normalizedCondition(condition: string | null): string {
  var text = String(condition || '').trim();
  if (text === 'EQ' || text === '^EQ') return '';
  return text.replace(/\^EQ$/, '');
}

function planOf(gr: GlideRecord): ResponsePlan {
  var active = gr.getValue('active');
  return {
    sysId: gr.getUniqueValue(),
    name: gr.getValue('name') || '',
    active: active === '1' || active === 'true',
    condition: normalizedCondition(gr.getValue('condition')),
    autonomy: gr.getValue('autonomy') || 'review',
    target_connection: gr.getValue('target_connection') || '',
  };
}

/** The plan with this exact name (an active one first, should names repeat), or null. The name is data: addQuery. */
export function planByName(name: string): ResponsePlan | null {
  var gr = new GlideRecord(RESPONSE_PLAN_TABLE);
  gr.addQuery('name', name);
  gr.orderByDesc('active');
  gr.orderBy('sys_created_on');
  gr.setLimit(1);
  gr.query();
  return gr.next() ? planOf(gr) : null;
}

/** Active plans with a target connection, by name: the ones that push. */
export function pushingPlans(): ResponsePlan[] {
  var plans: ResponsePlan[] = [];
  var gr = new GlideRecord(RESPONSE_PLAN_TABLE);
  gr.addQuery('active', true);
  gr.addNotNullQuery('target_connection');
  gr.orderBy('name');
  gr.query();
  while (gr.next()) plans.push(planOf(gr));
  return plans;
}
