// The event queue: gs.eventQueue() inserts a sysevent row (state ready, process_on now); process() hands each due
// event to the script actions registered for its name, with `event` = the sysevent GlideRecord (event.parm1,
// event.name... are GlideElements) and `current` = the record the event was queued for, then marks it processed.
// Script actions run as the user who queued the event (recorded in sysevent.user_name).
import type { ScriptActionDefinition } from '../contract';
import { parseEncodedQuery } from '../db/encoded-query';
import { toText } from '../db/field-values';
import type { GlideRecordImpl } from '../record/glide-record';
import type { Platform } from '../runtime/platform';

interface StoredAction {
  action: ScriptActionDefinition;
  seq: number;
}

/** Events handled in one process() call beyond which script actions that keep queuing events are cut off. */
var MAX_EVENTS_PER_RUN = 10000;

export class EventQueue {
  private actions: StoredAction[] = [];

  constructor(private platform: Platform, private runAs: (userName: string, fn: () => void) => void) {}

  addScriptAction(action: ScriptActionDefinition): void {
    this.actions.push({ action: action, seq: this.actions.length });
    this.platform.insertRow('sysevent_script_action', {
      name: action.name,
      event_name: action.eventName,
      active: action.active === false ? 'false' : 'true',
      order: String(action.order === undefined ? 100 : action.order),
      condition_script: action.conditionScript || '',
      script: typeof action.script === 'string' ? action.script : '',
    });
  }

  /** gs.eventQueue / eventQueueScheduled; `record` is a GlideRecord or null */
  queue(name: string, record: any, parm1: any, parm2: any, queue: any, processOn?: string): void {
    var isRecord = record && typeof record.getUniqueValue === 'function';
    this.platform.insertRow('sysevent', {
      name: toText(name),
      table: isRecord ? record.getTableName() : '',
      instance: isRecord ? record.getUniqueValue() || '' : '',
      parm1: toText(parm1),
      parm2: toText(parm2),
      queue: toText(queue),
      state: 'ready',
      process_on: processOn || this.platform.nowText(),
      user_id: this.platform.userId(),
      user_name: this.platform.userName(),
    });
    this.platform.stats.inserts++;
  }

  private actionsFor(name: string): StoredAction[] {
    var out: StoredAction[] = [];
    for (var i = 0; i < this.actions.length; i++) {
      if (this.actions[i].action.eventName === name && this.actions[i].action.active !== false) out.push(this.actions[i]);
    }
    out.sort(function (a, b) {
      var d = (a.action.order === undefined ? 100 : a.action.order) - (b.action.order === undefined ? 100 : b.action.order);
      return d !== 0 ? d : a.seq - b.seq;
    });
    return out;
  }

  /** processes due events, including events queued meanwhile; returns how many events were processed */
  process(): number {
    var count = 0;
    for (;;) {
      var query = parseEncodedQuery('state=ready^process_on<=' + this.platform.nowText() + '^ORDERBYprocess_on');
      var due = this.platform.store.select('sysevent', query, this.platform.matchContext(), { start: 0, end: 1 });
      if (due.length === 0) return count;
      if (count >= MAX_EVENTS_PER_RUN) {
        this.platform.log('error', 'Events still ready after processing ' + MAX_EVENTS_PER_RUN + ': script actions keep queuing events', 'EventManager');
        return count;
      }
      count++;
      var event = this.platform.newRecord('sysevent');
      event._load(due[0]);
      this.platform.store.update('sysevent', due[0].sys_id, { state: 'processing', claimed_by: 'emulator' });
      this.runAs(due[0].user_name || 'admin', this.dispatcher(event));
      this.platform.store.update('sysevent', due[0].sys_id, { state: 'processed', processed: this.platform.nowText(), processing_duration: '0' });
      this.platform.stats.updates++;
    }
  }

  private dispatcher(event: GlideRecordImpl): () => void {
    var self = this;
    return function () {
      var actions = self.actionsFor(event._values.name);
      var current = actions.length > 0 ? self.currentFor(event) : null;
      for (var i = 0; i < actions.length; i++) self.runAction(actions[i].action, event, current);
    };
  }

  private currentFor(event: GlideRecordImpl): GlideRecordImpl | null {
    var table = event._values.table;
    var id = event._values.instance;
    if (!table || !id || !this.platform.dictionary.hasTable(table)) return null;
    var current = this.platform.newRecord(table);
    // read by the platform for the script actions, not by a script: no cross-scope check
    return this.platform.access.run('global', function () { return current.get(id); }) ? current : null;
  }

  /** the action's condition and script, as scripts of the action's scope (global when it has none) */
  private runAction(action: ScriptActionDefinition, event: GlideRecordImpl, current: GlideRecordImpl | null): void {
    var scope = action.scope || 'global';
    try {
      if (action.conditionScript && !this.platform.evaluate('return (' + action.conditionScript + ');', { event: event, current: current }, scope)) return;
      var script = action.script;
      if (typeof script === 'function') {
        this.platform.access.run(scope, function () {
          (script as (event: any, current: any) => void)(event, current);
        });
      } else {
        this.platform.evaluate(script, { event: event, current: current }, scope);
      }
    } catch (e) {
      this.platform.log('error', 'Script action "' + action.name + '" for event ' + event._values.name + ' failed: ' + ((e && (e as any).message) || e), 'EventManager');
    }
  }
}
