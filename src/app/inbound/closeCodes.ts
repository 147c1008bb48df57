// Whether a close code is one the instance offers for incidents: the active sys_choice rows of incident.close_code.
// Releases differ ("Solved (Permanently)"... in older ones, "Solution provided"... in newer ones) and admins edit the
// list, so it is read from the instance, never hard-coded. Resolving with a code the form would not offer leaves an
// incident no one can edit cleanly, so an unknown code must stop the resolve, not be written.

export function isIncidentCloseCode(code: string): boolean {
  if (!code) return false;
  var gr = new GlideRecord('sys_choice');
  gr.addQuery('name', 'incident');
  gr.addQuery('element', 'close_code');
  gr.addQuery('value', code);
  gr.addQuery('inactive', '!=', true);
  gr.setLimit(1);
  gr.query();
  return gr.hasNext();
}
