// Business rules (sys_script) as the platform runs them: rules of the record's table and of the tables it extends,
// lowest order first; a rule runs when its filter condition (encoded query, which may use VALCHANGES/CHANGESTO...)
// matches `current` and its condition script is truthy. A rule script that throws is logged and the operation goes on,
// as on an instance. Async rules are queued with the condition checked now and run later from runAsync() with a fresh
// `current` read from the database, no `previous`, as the user who caused them. Display rules are accepted but never
// run: they run when a form loads, and the emulator has no forms.
import type { RuleDefinition } from '../contract';
import { parseEncodedQuery } from '../db/encoded-query';
import { QueryModel } from '../db/query-model';
import { Row, rowMatches } from '../db/query-matcher';
import type { Platform } from '../runtime/platform';
import type { GlideRecordImpl } from '../record/glide-record';

interface StoredRule {
  rule: RuleDefinition;
  seq: number;
  filter: QueryModel | null;
}

interface AsyncRun {
  rule: StoredRule;
  table: string;
  sysId: string;
  userName: string;
  /** the deleted row, for async delete rules (there is nothing left to read) */
  deleted: Row | null;
}

/** A rule without a scope is a platform or customer rule: global. */
function scopeOf(rule: RuleDefinition): string {
  return rule.scope || 'global';
}

/** Async runs in one runAsync() call beyond which a rule that keeps re-queuing itself is cut off. */
var MAX_ASYNC_RUNS = 10000;

export class BusinessRules {
  private rules: StoredRule[] = [];
  private queue: AsyncRun[] = [];

  constructor(private platform: Platform, private runAs: (userName: string, fn: () => void) => void) {}

  add(rule: RuleDefinition): void {
    if (rule.when !== 'before' && rule.when !== 'after' && rule.when !== 'async' && rule.when !== 'display') {
      throw new Error('Business rule "' + rule.name + '": unknown when "' + rule.when + '"');
    }
    var filter = rule.filterCondition ? parseEncodedQuery(rule.filterCondition) : null;
    this.rules.push({ rule: rule, seq: this.rules.length, filter: filter });
  }

  private matching(table: string, when: string, operation: string): StoredRule[] {
    var chain = this.platform.dictionary.chainOf(table);
    var out: StoredRule[] = [];
    for (var i = 0; i < this.rules.length; i++) {
      var r = this.rules[i].rule;
      if (r.active === false || r.when !== when || !(r as any)[operation]) continue;
      for (var c = 0; c < chain.length; c++) {
        if (chain[c] === r.table) {
          out.push(this.rules[i]);
          break;
        }
      }
    }
    out.sort(function (a, b) {
      var d = (a.rule.order === undefined ? 100 : a.rule.order) - (b.rule.order === undefined ? 100 : b.rule.order);
      return d !== 0 ? d : a.seq - b.seq;
    });
    return out;
  }

  private applies(stored: StoredRule, operation: string, current: GlideRecordImpl, previous: GlideRecordImpl | null): boolean {
    if (stored.filter && operation !== 'query') {
      var ctx = this.platform.matchContext(previous ? previous._values : null);
      if (!rowMatches(ctx, current._table, current._conditionView(), stored.filter)) return false;
    }
    if (stored.rule.condition) {
      return !!this.platform.evaluate('return (' + stored.rule.condition + ');', { current: current, previous: previous }, scopeOf(stored.rule));
    }
    return true;
  }

  /** the rule's script, as a script of the rule's scope */
  private execute(stored: StoredRule, current: GlideRecordImpl, previous: GlideRecordImpl | null): void {
    var script = stored.rule.script;
    if (typeof script === 'function') {
      var fn = script;
      this.platform.access.run(scopeOf(stored.rule), function () {
        fn(current, previous);
      });
    } else {
      this.platform.evaluate(script, { current: current, previous: previous }, scopeOf(stored.rule));
    }
  }

  private safely(stored: StoredRule, fn: () => void): void {
    try {
      fn();
    } catch (e) {
      this.platform.log('error', 'Business rule "' + stored.rule.name + '" on ' + stored.rule.table + ' failed: ' + ((e && (e as any).message) || e), 'BusinessRule');
    }
  }

  /** runs before/after rules for an operation (insert, update, delete, query) */
  run(when: string, operation: string, current: GlideRecordImpl, previous: GlideRecordImpl | null): void {
    var rules = this.matching(current._table, when, operation);
    for (var i = 0; i < rules.length; i++) {
      var stored = rules[i];
      var self = this;
      this.safely(stored, function () {
        if (self.applies(stored, operation, current, previous)) self.execute(stored, current, previous);
      });
    }
  }

  queueAsync(operation: string, current: GlideRecordImpl, previous: GlideRecordImpl | null): void {
    var rules = this.matching(current._table, 'async', operation);
    for (var i = 0; i < rules.length; i++) {
      var stored = rules[i];
      var self = this;
      var queued = false;
      this.safely(stored, function () {
        queued = self.applies(stored, operation, current, previous);
      });
      if (!queued) continue;
      this.queue.push({
        rule: stored,
        table: current._table,
        sysId: current._values.sys_id,
        userName: this.platform.userName(),
        deleted: operation === 'delete' ? current._values : null,
      });
    }
  }

  runAsync(): number {
    var ran = 0;
    while (this.queue.length > 0) {
      if (ran >= MAX_ASYNC_RUNS) {
        this.platform.log('error', 'Async business rules still queued after ' + MAX_ASYNC_RUNS + ' runs: a rule keeps re-queuing itself; ' + this.queue.length + ' left queued', 'BusinessRule');
        break;
      }
      var item = this.queue.shift() as AsyncRun;
      ran++;
      this.runAs(item.userName, this.asyncRunner(item));
    }
    return ran;
  }

  private asyncRunner(item: AsyncRun): () => void {
    var self = this;
    return function () {
      var current = self.platform.newRecord(item.table);
      if (item.deleted) current._load(item.deleted);
      // The platform reads `current` for the rule, not the rule's script: no cross-scope check applies to that.
      else if (!self.platform.access.run('global', function () { return current.get(item.sysId); })) return;
      self.safely(item.rule, function () {
        self.execute(item.rule, current, null);
      });
    };
  }
}
