// The close codes the instance offers for incidents: the active sys_choice rows of incident.close_code. Releases
// differ ("Solved (Permanently)"... in older ones, "Solution provided"... in newer ones) and admins edit the list, so
// it is read from the instance, never hard-coded. Resolving with a code the form would not offer leaves an incident
// no one can edit cleanly, so an unknown code must stop a resolve, not be written.
import { INCIDENT_TABLE } from '../core/tables';

function closeCodeChoices(): GlideRecord {
  var gr = new GlideRecord('sys_choice');
  gr.addQuery('name', INCIDENT_TABLE);
  gr.addQuery('element', 'close_code');
  gr.addQuery('inactive', '!=', true);
  return gr;
}

/** Every offered code, in the form's order (for telling a caller what would have been valid). */
export function incidentCloseCodes(): string[] {
  var codes: string[] = [];
  var gr = closeCodeChoices();
  gr.orderBy('sequence');
  gr.query();
  while (gr.next()) {
    var value = gr.getValue('value') || '';
    if (value && codes.indexOf(value) < 0) codes.push(value);
  }
  return codes;
}

export function isIncidentCloseCode(code: string): boolean {
  if (!code) return false;
  var gr = closeCodeChoices();
  gr.addQuery('value', code);
  gr.setLimit(1);
  gr.query();
  return gr.hasNext();
}
