// Parses encoded queries (`active=true^priority<=2^ORpriority=4^NQstateIN6,7^ORDERBYDESCnumber`) into a QueryModel.
// A real instance drops terms it cannot parse and may then match every row (unless
// glide.invalid_query.returns_no_rows is set); the emulator is strict instead: an unknown operator or a malformed term
// throws, so a test fails where production would silently touch the wrong rows.
import { Condition, Disjunction, QueryModel, emptyQuery } from './query-model';

// Longest first, so that NOT IN wins over IN... and ISNOTEMPTY over ISEMPTY.
var OPERATORS = [
  'ISNOTEMPTY', 'ISEMPTY', 'NOT IN', 'NOT LIKE', 'NOTLIKE', 'STARTSWITH', 'ENDSWITH', 'INSTANCEOF', 'VALCHANGES',
  'CHANGESFROM', 'CHANGESTO', 'ANYTHING', 'BETWEEN', 'LIKE', 'IN', '!=', '<=', '>=', '=', '<', '>',
];
var VALUELESS: { [op: string]: boolean } = { ISNOTEMPTY: true, ISEMPTY: true, ANYTHING: true, VALCHANGES: true };
var FIELD = /^([a-z0-9_]+(?:\.[a-z0-9_]+)*)(.*)$/;

export function isValueless(operator: string): boolean {
  return VALUELESS[operator] === true;
}

function invalid(query: string, term: string, why: string): Error {
  return new Error('Invalid encoded query "' + query + '": ' + why + ' in term "' + term + '"');
}

export function parseCondition(term: string, query: string): Condition {
  var m = FIELD.exec(term);
  if (!m) throw invalid(query, term, 'no field name');
  var rest = m[2];
  for (var i = 0; i < OPERATORS.length; i++) {
    var op = OPERATORS[i];
    if (rest.substring(0, op.length) !== op) continue;
    var value = rest.substring(op.length);
    if (VALUELESS[op] && value !== '') throw invalid(query, term, 'operator ' + op + ' takes no value');
    return { field: m[1], operator: canonicalOperator(op), value: value };
  }
  throw invalid(query, term, 'unsupported operator "' + rest + '"');
}

/** NOT LIKE is accepted as an alias of the encoded form NOTLIKE. */
export function canonicalOperator(op: string): string {
  return op === 'NOT LIKE' ? 'NOTLIKE' : op;
}

export function parseEncodedQuery(query: string): QueryModel {
  var model = emptyQuery();
  if (!query) return model;
  var groupTexts = query.split('^NQ');
  for (var g = 0; g < groupTexts.length; g++) {
    var group: Disjunction[] = [];
    var terms = groupTexts[g].split('^');
    for (var t = 0; t < terms.length; t++) {
      var term = terms[t];
      if (term === '' || term === 'EQ') continue;
      if (term.substring(0, 11) === 'ORDERBYDESC') {
        model.orderBy.push({ field: term.substring(11), descending: true });
      } else if (term.substring(0, 7) === 'ORDERBY') {
        model.orderBy.push({ field: term.substring(7), descending: false });
      } else if (term.substring(0, 2) === 'OR' && t > 0) {
        if (group.length === 0) throw invalid(query, term, '^OR without a condition before it');
        group[group.length - 1].push(parseCondition(term.substring(2), query));
      } else {
        group.push([parseCondition(term, query)]);
      }
    }
    if (group.length > 0) model.groups.push(group);
  }
  return model;
}
