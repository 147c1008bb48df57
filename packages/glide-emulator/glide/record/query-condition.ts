// GlideQueryCondition: returned by addQuery(); addOrCondition() ORs another condition into the same term, so
// `var qc = gr.addQuery('priority', 1); qc.addOrCondition('priority', 2); gr.addQuery('active', true)` means
// (priority=1 OR priority=2) AND active=true, as on an instance.
import type { Condition, Disjunction } from '../db/query-model';

export interface ConditionSource {
  /** builds a validated condition from addQuery-style arguments (name, [operator,] value) */
  _condition(args: IArguments): Condition | null;
}

export class QueryCondition {
  constructor(private source: ConditionSource, private disjunction: Disjunction | null) {}

  addOrCondition(_name: string, _operator?: any, _value?: any): QueryCondition {
    var condition = this.source._condition(arguments);
    if (condition && this.disjunction) this.disjunction.push(condition);
    return this;
  }
}
