// A connection's trigger condition (an encoded query over incident, from the condition builder) decides which
// incidents that are not linked yet become work items. It is checked by querying the incident itself with the
// condition, so every operator the platform supports works exactly as in a list filter.
// An instance silently drops the terms of an invalid condition and could then match EVERY incident; an invalid
// condition therefore matches nothing here, and the caller logs it.

export type TriggerResult = 'match' | 'no_match' | 'empty' | 'invalid';

/** `sys_id=<id>` ANDed into every ^NQ group. How an instance combines a separate addQuery with an encoded query that
 * holds ^NQ is not documented, so the record restriction is written into each group of one encoded query. */
function restrictedToRecord(sysId: string, condition: string): string {
  var groups = condition.split('^NQ');
  for (var i = 0; i < groups.length; i++) groups[i] = 'sys_id=' + sysId + '^' + groups[i];
  return groups.join('^NQ');
}

export function checkTrigger(table: string, sysId: string, condition: string): TriggerResult {
  var text = String(condition || '').trim();
  // The condition builder ends a condition with ^EQ; on its own that is still "no condition".
  if (text === '' || text === 'EQ' || text === '^EQ') return 'empty';
  var gr = new GlideRecord(table);
  if (!gr.isValidEncodedQuery(text)) return 'invalid';
  try {
    gr.addEncodedQuery(restrictedToRecord(sysId, text));
    gr.setLimit(1);
    gr.query();
    return gr.hasNext() ? 'match' : 'no_match';
  } catch (e) {
    // Parsable but unusable here (e.g. VALCHANGES, which only means something inside a business rule filter).
    return 'invalid';
  }
}
