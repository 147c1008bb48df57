// A GlideRecord query as data. Encoded-query semantics: `^NQ` separates independent groups (OR'ed), `^` ANDs terms
// within a group, and `^OR` binds only the two adjacent conditions, so a group is an AND of OR-lists.

export interface Condition {
  /** field name, possibly dot-walked (caller_id.name) */
  field: string;
  /** canonical encoded-query operator: = != < <= > >= IN NOT IN LIKE NOTLIKE STARTSWITH ENDSWITH ISEMPTY ISNOTEMPTY
   * ANYTHING BETWEEN INSTANCEOF VALCHANGES CHANGESFROM CHANGESTO */
  operator: string;
  value: string;
}

/** conditions OR'ed together */
export type Disjunction = Condition[];

export interface QueryModel {
  /** groups are OR'ed; each group is an AND of disjunctions; no group means "all rows" */
  groups: Disjunction[][];
  orderBy: Array<{ field: string; descending: boolean }>;
}

export function emptyQuery(): QueryModel {
  return { groups: [], orderBy: [] };
}

/** AND `extra` into `model`: (A or B) and (C or D) = AC or AD or BC or BD. */
export function andInto(model: QueryModel, extra: QueryModel): void {
  for (var o = 0; o < extra.orderBy.length; o++) model.orderBy.push(extra.orderBy[o]);
  if (extra.groups.length === 0) return;
  if (model.groups.length === 0) {
    for (var g = 0; g < extra.groups.length; g++) model.groups.push(extra.groups[g].slice());
    return;
  }
  var combined: Disjunction[][] = [];
  for (var i = 0; i < model.groups.length; i++) {
    for (var j = 0; j < extra.groups.length; j++) combined.push(model.groups[i].concat(extra.groups[j]));
  }
  model.groups = combined;
}

/** Adds one AND'ed disjunction to every group and returns the shared list, so addOrCondition can extend it. */
export function addDisjunction(model: QueryModel, condition: Condition): Disjunction {
  var disjunction: Disjunction = [condition];
  if (model.groups.length === 0) model.groups.push([]);
  for (var i = 0; i < model.groups.length; i++) model.groups[i].push(disjunction);
  return disjunction;
}

function conditionText(c: Condition): string {
  if (c.operator === 'ISEMPTY' || c.operator === 'ISNOTEMPTY' || c.operator === 'ANYTHING' || c.operator === 'VALCHANGES') {
    return c.field + c.operator;
  }
  return c.field + c.operator + c.value;
}

export function encodeQuery(model: QueryModel): string {
  var groups: string[] = [];
  for (var g = 0; g < model.groups.length; g++) {
    var terms: string[] = [];
    var group = model.groups[g];
    for (var d = 0; d < group.length; d++) {
      var parts: string[] = [];
      for (var c = 0; c < group[d].length; c++) parts.push(conditionText(group[d][c]));
      terms.push(parts.join('^OR'));
    }
    groups.push(terms.join('^'));
  }
  var text = groups.join('^NQ');
  for (var o = 0; o < model.orderBy.length; o++) {
    var order = (model.orderBy[o].descending ? 'ORDERBYDESC' : 'ORDERBY') + model.orderBy[o].field;
    text = text ? text + '^' + order : order;
  }
  return text;
}
