// Behaviour every instance has on incidents, whatever app is installed, as business rules of the emulated instance
// (the sandbox registers them; Jest gets them with addPlatformRules(instance) or createSession's platformRules):
//   calculatePriority  priority from impact x urgency, the base system's priority lookup rules (ServiceNowDocs
//                      problem-management/prioritise-problems.md lists the table, incident uses the same one;
//                      platform-administration/c_DataLookRecMatchSupport.md names the calculatePriority rule):
//                        impact\urgency  1  2  3
//                        1               1  2  3
//                        2               2  3  4
//                        3               3  4  5
//   opened defaults    opened_at (now) and opened_by (the writing user) when an insert leaves them empty. The
//                      dictionary defaults already fill them when a script does not touch them; this also covers a
//                      script that clears them.
//   mark_resolved      state becomes 6 (Resolved): resolved_at = now, resolved_by = the writing user
//   mark_closed        state becomes 7 (Closed) or 8 (Canceled): closed_at = now, closed_by = the writing user
//                      (the rule named in platform-administration/time-configuration/c_ResolveTime.md)
//   active flag        active = false in states 7 and 8, true in every other state (Resolved stays active until
//                      it closes, c_IncidentManagementStateModel.md)
// A timestamp or user the same write sets explicitly is kept (an import that carries its own resolution time).
// They are before rules at order 1000, after the app's rules of default order (100), so they see the state and
// impact/urgency those rules set. Reopening does not clear resolved_*/closed_*: the emulator does not claim more.
import type { Instance, RuleDefinition } from '../contract';
import { internalDateTime } from '../services/civilTime';

var PRIORITY_LOOKUP: { [impact: string]: { [urgency: string]: string } } = {
  '1': { '1': '1', '2': '2', '3': '3' },
  '2': { '1': '2', '2': '3', '3': '4' },
  '3': { '1': '3', '2': '4', '3': '5' },
};

var ORDER = 1000;

/** The base system's priority for an impact and urgency ('1'..'3'), or null for values outside the lookup. */
export function incidentPriority(impact: string, urgency: string): string | null {
  var row = PRIORITY_LOOKUP[impact];
  return row && Object.prototype.hasOwnProperty.call(row, urgency) ? row[urgency] : null;
}

function isInsert(current: any): boolean {
  return current.operation() === 'insert';
}

function stateBecame(current: any, states: string[]): boolean {
  if (states.indexOf(current.getValue('state') || '') < 0) return false;
  return isInsert(current) || current.getElement('state').changes();
}

/** sets a field unless the write already set it (changed it on update, gave it a value on insert) */
function stamp(current: any, field: string, value: string): void {
  var element = current.getElement(field);
  if (isInsert(current) ? !element.nil() : element.changes()) return;
  current.setValue(field, value);
}

export function platformRules(instance: Instance): RuleDefinition[] {
  var globals: { [name: string]: any } = {};
  instance.install(globals);
  function now(): string {
    return internalDateTime(instance.clock.now());
  }
  function userId(): string {
    return globals.gs.getUserID();
  }
  return [
    {
      name: 'calculatePriority',
      table: 'incident',
      when: 'before',
      insert: true,
      update: true,
      order: ORDER,
      script: function (current: any) {
        var priority = incidentPriority(current.getValue('impact') || '', current.getValue('urgency') || '');
        if (priority !== null) current.setValue('priority', priority);
      },
    },
    {
      name: 'incident opened defaults',
      table: 'incident',
      when: 'before',
      insert: true,
      order: ORDER,
      script: function (current: any) {
        if (current.getElement('opened_at').nil()) current.setValue('opened_at', now());
        if (current.getElement('opened_by').nil()) current.setValue('opened_by', userId());
      },
    },
    {
      name: 'mark_resolved',
      table: 'incident',
      when: 'before',
      insert: true,
      update: true,
      order: ORDER,
      script: function (current: any) {
        if (!stateBecame(current, ['6'])) return;
        stamp(current, 'resolved_at', now());
        stamp(current, 'resolved_by', userId());
      },
    },
    {
      name: 'mark_closed',
      table: 'incident',
      when: 'before',
      insert: true,
      update: true,
      order: ORDER,
      script: function (current: any) {
        if (!stateBecame(current, ['7', '8'])) return;
        stamp(current, 'closed_at', now());
        stamp(current, 'closed_by', userId());
      },
    },
    {
      name: 'incident active flag',
      table: 'incident',
      when: 'before',
      insert: true,
      update: true,
      order: ORDER,
      script: function (current: any) {
        var state = current.getValue('state') || '';
        current.setValue('active', state === '7' || state === '8' ? 'false' : 'true');
      },
    },
  ];
}

export function addPlatformRules(instance: Instance): void {
  var rules = platformRules(instance);
  for (var i = 0; i < rules.length; i++) instance.addBusinessRule(rules[i]);
}
