// GlideRecord as a script sees it on an instance. Field access goes through accessors defined once per table on a
// prototype (`gr.short_description` returns a GlideElement, `gr.short_description = 'x'` sets the value); setting an
// unknown field is ignored, values are stored as strings, and an unknown table gives an invalid GlideRecord whose
// operations fail quietly after an error in the log.
import { isJournalType, storedValue, toText } from '../db/field-values';
import type { ResolvedTable } from '../db/dictionary';
import { canonicalOperator, isValueless, parseEncodedQuery } from '../db/encoded-query';
import { Condition, QueryModel, addDisjunction, andInto, emptyQuery, encodeQuery } from '../db/query-model';
import { Row, checkFields, resolvePath, sameValue } from '../db/query-matcher';
import { Window, copyRow } from '../db/row-store';
import type { Platform } from '../runtime/platform';
import { GlideElementImpl, createElement } from './glide-element';
import { QueryCondition } from './query-condition';

var ADD_QUERY_OPERATORS: { [op: string]: string } = {
  '=': '=', '!=': '!=', '>': '>', '>=': '>=', '<': '<', '<=': '<=', IN: 'IN', 'NOT IN': 'NOT IN',
  STARTSWITH: 'STARTSWITH', ENDSWITH: 'ENDSWITH', CONTAINS: 'LIKE', 'DOES NOT CONTAIN': 'NOTLIKE', LIKE: 'LIKE',
  'NOT LIKE': 'NOTLIKE', NOTLIKE: 'NOTLIKE', ISEMPTY: 'ISEMPTY', ISNOTEMPTY: 'ISNOTEMPTY', INSTANCEOF: 'INSTANCEOF',
  BETWEEN: 'BETWEEN', ANYTHING: 'ANYTHING',
};
var SCRIPT_VALUE = 'javascript:';

export class GlideRecordImpl {
  _p!: Platform;
  _table!: string;
  _schema!: ResolvedTable | null;
  _model!: QueryModel;
  _window!: Window;
  _results!: Row[] | null;
  _cursor!: number;
  /** current field values (stored form) */
  _values!: Row;
  /** the row as loaded or last saved (never mutated); null for a record not yet in the database */
  _original!: Row | null;
  /** fields set by the script since initialize/load (defaults fill only the others; updateMultiple writes these) */
  _touched!: { [field: string]: boolean };
  /** touched fields set to 'NULL' (stored empty): the only empty values updateMultiple writes */
  _nulled!: { [field: string]: boolean };
  /** journal text set and not yet written */
  _journal!: Row;
  /** journal text written by the operation in progress: changes() stays true for after rules */
  _journalWritten!: Row;
  _isNew!: boolean;
  _onRecord!: boolean;
  _workflow!: boolean;
  _autoSys!: boolean;
  _abort!: boolean;
  _aborted!: boolean;
  _forceUpdate!: boolean;
  _operation!: string | null;
  _elements!: { [field: string]: GlideElementImpl };
  _lastError!: string | null;

  _init(platform: Platform, table: string): void {
    this._p = platform;
    this._table = table;
    this._schema = platform.dictionary.table(table);
    this._model = emptyQuery();
    this._window = { start: 0, end: -1 };
    this._results = null;
    this._cursor = -1;
    this._values = {};
    this._original = null;
    this._touched = {};
    this._nulled = {};
    this._journal = {};
    this._journalWritten = {};
    this._isNew = false;
    this._onRecord = false;
    this._workflow = true;
    this._autoSys = true;
    this._abort = false;
    this._aborted = false;
    this._forceUpdate = false;
    this._operation = null;
    this._elements = {};
    this._lastError = null;
    if (!this._schema) platform.log('error', 'Invalid table name: ' + table, 'GlideRecord');
  }

  _platform(): Platform {
    return this._p;
  }

  // ---- fields ---------------------------------------------------------------------------------------------------

  _element(name: string): GlideElementImpl | null {
    var cached = this._elements[name];
    if (cached) return cached;
    if (!this._schema || !Object.prototype.hasOwnProperty.call(this._schema.fields, name)) return null;
    var element = createElement(this._p, this, name, this._schema.fields[name]);
    this._elements[name] = element;
    return element;
  }

  _fieldText(name: string): string {
    var field = this._schema ? this._schema.fields[name] : null;
    if (field && isJournalType(field.type)) return this._journal[name] || '';
    return this._values[name] || '';
  }

  _originalText(name: string): string {
    return this._original ? this._original[name] || '' : '';
  }

  _fieldChanged(name: string): boolean {
    var field = this._schema ? this._schema.fields[name] : null;
    if (!field) return false;
    if (isJournalType(field.type)) return (this._journal[name] || '') !== '' || (this._journalWritten[name] || '') !== '';
    return this._fieldText(name) !== this._originalText(name);
  }

  _setField(name: string, value: any): void {
    var field = this._schema ? this._schema.fields[name] : null;
    if (!field) return;
    if (isJournalType(field.type)) {
      this._journal[name] = toText(value);
      return;
    }
    this._values[name] = storedValue(field, value);
    this._touched[name] = true;
    this._nulled[name] = toText(value) === 'NULL';
  }

  /** fields and journal text as business-rule filter conditions see them */
  _conditionView(): Row {
    var view = copyRow(this._values);
    for (var j in this._journal) if (Object.prototype.hasOwnProperty.call(this._journal, j)) view[j] = this._journal[j];
    for (var w in this._journalWritten) if (Object.prototype.hasOwnProperty.call(this._journalWritten, w)) view[w] = this._journalWritten[w];
    return view;
  }

  _displayText(name: string): string {
    var field = this._schema ? this._schema.fields[name] : null;
    if (!field) return '';
    var text = this._fieldText(name);
    if (text === '' || isJournalType(field.type)) return text;
    if (field.type === 'reference' && field.reference) {
      var ref = this._p.newRecord(field.reference);
      // the display value comes with the record (no query of the script's own: no cross-scope check)
      return this._p.access.run('global', function () {
        return ref.isValid() && ref._getBy('sys_id', text) ? ref.getDisplayValue() : '';
      });
    }
    var label = this._p.choiceLabel(this._table, name, text);
    return label === null ? text : label;
  }

  _setDisplayText(name: string, text: string): void {
    var field = this._schema ? this._schema.fields[name] : null;
    if (!field) return;
    if (field.type === 'reference' && field.reference) {
      var ref = this._p.newRecord(field.reference);
      var display = ref._schema ? ref._schema.displayField : '';
      var found = this._p.access.run('global', function () { return !!display && ref.get(display, text); });
      this._setField(name, found ? ref.getUniqueValue() : '');
      return;
    }
    if (field.choices) {
      for (var i = 0; i < field.choices.length; i++) {
        if (sameValue('string', field.choices[i].label, text)) {
          this._setField(name, field.choices[i].value);
          return;
        }
      }
    }
    this._setField(name, text);
  }

  _journalEntries(name: string, label: string, mostRecent: number): string {
    var id = this._values.sys_id;
    if (!id) return '';
    var query = parseEncodedQuery('element_id=' + id + '^element=' + name);
    var rows = this._p.store.select('sys_journal_field', query, this._p.matchContext(), { start: 0, end: -1 });
    this._p.stats.queries++;
    // insertion order is creation order; newest first, by time then by insertion
    var entries = rows.slice().reverse();
    entries.sort(function (a, b) {
      return a.sys_created_on < b.sys_created_on ? 1 : a.sys_created_on > b.sys_created_on ? -1 : 0;
    });
    var count = mostRecent > 0 ? Math.min(mostRecent, entries.length) : entries.length;
    var out = '';
    for (var i = 0; i < count; i++) {
      var e = entries[i];
      out += e.sys_created_on + ' - ' + this._p.userDisplayName(e.sys_created_by) + ' (' + label + ')\n' + e.value + '\n\n';
    }
    return out;
  }

  /** positions the record on a stored row (a snapshot: never mutated) */
  _load(row: Row): void {
    this._values = copyRow(row);
    this._original = row;
    this._touched = {};
    this._nulled = {};
    this._journal = {};
    this._journalWritten = {};
    this._isNew = false;
    this._onRecord = true;
  }

  /** a field's element; dot-walked names (caller_id.name) walk through references; null for an unknown field */
  getElement(name: string): GlideElementImpl | null {
    var parts = String(name).split('.');
    var element = this._element(parts[0]);
    for (var i = 1; i < parts.length && element; i++) {
      if (!element._field.reference) return null;
      element = element._walk(parts[i]) || null;
    }
    return element;
  }

  getElements(): GlideElementImpl[] {
    var out: GlideElementImpl[] = [];
    if (!this._schema) return out;
    for (var i = 0; i < this._schema.fieldNames.length; i++) out.push(this._element(this._schema.fieldNames[i]) as GlideElementImpl);
    return out;
  }

  /** null when the field is empty or does not exist; booleans come back as "1"/"0" (documented). */
  getValue(name: string): string | null {
    var element = this.getElement(name);
    return element ? element.getValue() : null;
  }

  setValue(name: string, value: any): void {
    this._setField(name, value);
  }

  /** no argument: the record's display value (its display field); with a field name: that field's display value */
  getDisplayValue(name?: string): string {
    if (name) {
      var element = this.getElement(name);
      return element ? element.getDisplayValue() : '';
    }
    return this._schema && this._schema.displayField ? this._displayText(this._schema.displayField) : '';
  }

  getUniqueValue(): string | null {
    return this._values.sys_id || null;
  }

  getTableName(): string {
    return this._table;
  }

  getRecordClassName(): string {
    return this._values.sys_class_name || this._table;
  }

  getLabel(): string {
    return this._schema ? this._schema.label : '';
  }

  getClassDisplayValue(): string {
    var cls = this._p.dictionary.table(this.getRecordClassName());
    return cls ? cls.label : this.getLabel();
  }

  getLink(_noStack?: boolean): string {
    return this._table + '.do?sys_id=' + (this._values.sys_id || '');
  }

  isValidField(name: string): boolean {
    return !!this._schema && Object.prototype.hasOwnProperty.call(this._schema.fields, name);
  }

  changes(): boolean {
    if (!this._schema) return false;
    for (var i = 0; i < this._schema.fieldNames.length; i++) if (this._fieldChanged(this._schema.fieldNames[i])) return true;
    return false;
  }

  // ---- query ----------------------------------------------------------------------------------------------------

  /** builds one validated condition from addQuery-style arguments; null on an invalid table */
  _condition(args: IArguments): Condition | null {
    var name = String(args[0]);
    var operator = '=';
    var value: any = args[1];
    if (args.length >= 3) {
      var op = ADD_QUERY_OPERATORS[String(args[1])];
      if (!op) throw new Error('addQuery: unsupported operator "' + args[1] + '" (operators are upper case: =, !=, IN, NOT IN, STARTSWITH, CONTAINS...)');
      operator = op;
      value = args[2];
    } else if (args.length === 1) {
      throw new Error('addQuery: a field and a value are needed (use addEncodedQuery for an encoded query)');
    }
    if (!this._schema) return null;
    var condition: Condition = { field: name, operator: canonicalOperator(operator), value: isValueless(operator) ? '' : this._queryValue(toText(value)) };
    resolvePath(this._p.dictionary, this._table, name);
    return condition;
  }

  /** `javascript:` values (javascript:gs.getUserID()) are evaluated, as the platform does in encoded queries */
  _queryValue(text: string): string {
    if (text.substring(0, SCRIPT_VALUE.length) !== SCRIPT_VALUE) return text;
    return toText(this._p.evaluate('return (' + text.substring(SCRIPT_VALUE.length) + ');', {}));
  }

  addQuery(_name: string, _operator?: any, _value?: any): QueryCondition {
    if (arguments.length === 1) {
      this.addEncodedQuery(String(_name));
      return new QueryCondition(this, null);
    }
    var condition = this._condition(arguments);
    return new QueryCondition(this, condition ? addDisjunction(this._model, condition) : null);
  }

  addEncodedQuery(query: string): void {
    if (!query) return;
    var model = parseEncodedQuery(String(query));
    if (!this._schema) return;
    checkFields(this._p.dictionary, this._table, model);
    for (var g = 0; g < model.groups.length; g++) {
      for (var d = 0; d < model.groups[g].length; d++) {
        var disjunction = model.groups[g][d];
        for (var c = 0; c < disjunction.length; c++) disjunction[c].value = this._queryValue(disjunction[c].value);
      }
    }
    andInto(this._model, model);
  }

  addNullQuery(name: string): QueryCondition {
    return this.addQuery(name, 'ISEMPTY', '');
  }

  addNotNullQuery(name: string): QueryCondition {
    return this.addQuery(name, 'ISNOTEMPTY', '');
  }

  addActiveQuery(): QueryCondition {
    return this.addQuery('active', true);
  }

  isValidEncodedQuery(query: string): boolean {
    try {
      var model = parseEncodedQuery(String(query));
      if (this._schema) checkFields(this._p.dictionary, this._table, model);
      return true;
    } catch (e) {
      return false;
    }
  }

  orderBy(name: string): void {
    this.addEncodedQuery('ORDERBY' + name);
  }

  orderByDesc(name: string): void {
    this.addEncodedQuery('ORDERBYDESC' + name);
  }

  /** setLimit is chooseWindow(0, n): whichever is called last wins, as documented */
  setLimit(max: number): void {
    this._window = { start: 0, end: Number(max) };
  }

  chooseWindow(firstRow: number, lastRow: number, _forceCount?: boolean): void {
    this._window = { start: Number(firstRow), end: Number(lastRow) };
  }

  getEncodedQuery(): string {
    return encodeQuery(this._model);
  }

  /** rows matching the query, after before-query business rules; one database query. A read the running script's
   * scope may not make (access/scoped-access.ts) finds nothing. */
  _select(window: Window): Row[] {
    if (!this._schema) return [];
    if (!this._p.access.table(this._table, 'read')) {
      this._lastError = 'Read operation on ' + this._table + ' refused by the cross-scope access rules';
      return [];
    }
    if (this._workflow) this._p.operations.beforeQuery(this);
    this._p.stats.queries++;
    return this._p.store.select(this._table, this._model, this._p.matchContext(), window);
  }

  query(_field?: string, _value?: any): void {
    if (arguments.length >= 2) this.addQuery(String(_field), _value);
    this._results = this._select(this._window);
    this._cursor = -1;
    this._onRecord = false;
  }

  _query(_field?: string, _value?: any): void {
    this.query.apply(this, arguments as any);
  }

  hasNext(): boolean {
    return !!this._results && this._cursor + 1 < this._results.length;
  }

  next(): boolean {
    if (!this._results || this._cursor + 1 >= this._results.length) {
      if (this._results) this._cursor = this._results.length;
      this._onRecord = false;
      return false;
    }
    this._cursor++;
    this._load(this._results[this._cursor]);
    return true;
  }

  _next(): boolean {
    return this.next();
  }

  getRowCount(): number {
    return this._results ? this._results.length : 0;
  }

  /** get(sysId) (falling back to the display value, as documented) or get(field, value); runs a fresh query */
  get(nameOrId: any, value?: any): boolean {
    if (!this._schema) return false;
    var found: boolean;
    if (arguments.length >= 2) {
      found = this._getBy(String(nameOrId), value);
    } else {
      found = this._getBy('sys_id', nameOrId);
      if (!found && this._schema.displayField && toText(nameOrId) !== '') found = this._getBy(this._schema.displayField, nameOrId);
    }
    return found;
  }

  _getBy(field: string, value: any): boolean {
    this._model = emptyQuery();
    this._window = { start: 0, end: -1 };
    if (toText(value) === '') {
      this._results = [];
      this._onRecord = false;
      return false;
    }
    this.addQuery(field, value);
    this.query();
    return this.next();
  }

  // ---- state ----------------------------------------------------------------------------------------------------

  initialize(): void {
    this._values = {};
    this._original = null;
    this._touched = {};
    this._nulled = {};
    this._journal = {};
    this._journalWritten = {};
    this._isNew = true;
    this._onRecord = false;
    this._elements = {};
  }

  /** initialize() plus the dictionary defaults (and number) and a new sys_id, as documented */
  newRecord(): void {
    this.initialize();
    this._values.sys_id = this._p.newGuid();
    this._p.operations.applyDefaults(this);
  }

  setNewGuidValue(guid: string): void {
    this._values.sys_id = String(guid);
  }

  isNewRecord(): boolean {
    return this._isNew;
  }

  isValidRecord(): boolean {
    return this._onRecord;
  }

  /** false for an unknown table */
  isValid(): boolean {
    return this._schema !== null;
  }

  /** refused (throws) on a table of another scope when called from a scoped script (access/scoped-access.ts) */
  setWorkflow(enable: boolean): void {
    if (this._schema) this._p.access.api(this._table, 'setWorkflow');
    this._workflow = enable !== false;
  }

  autoSysFields(enable: boolean): void {
    this._autoSys = enable !== false;
  }

  setForceUpdate(force: boolean): void {
    this._forceUpdate = force === true;
  }

  /** refused (throws) on a table of another scope when called from a scoped script (access/scoped-access.ts) */
  setAbortAction(abort: boolean): void {
    if (this._schema) this._p.access.api(this._table, 'setAbortAction');
    this._abort = abort === true;
  }

  isActionAborted(): boolean {
    return this._aborted;
  }

  operation(): string | null {
    return this._operation;
  }

  getLastErrorMessage(): string | null {
    return this._lastError;
  }

  canRead(): boolean {
    return this.isValid();
  }

  canWrite(): boolean {
    return this.isValid();
  }

  canCreate(): boolean {
    return this.isValid();
  }

  canDelete(): boolean {
    return this.isValid();
  }

  toString(): string {
    return '[object GlideRecord]';
  }

  // ---- writes ---------------------------------------------------------------------------------------------------

  insert(): string | null {
    return this._p.operations.insert(this);
  }

  update(_reason?: string): string | null {
    return this._p.operations.update(this);
  }

  deleteRecord(): boolean {
    return this._onRecord ? this._p.operations.remove(this) : false;
  }

  /** Sets the fields set on this GlideRecord on every row matching its query, one update (with rules) per row.
   * Journal fields are not applied (documented: no multiple journal entries). A field set to '' is not applied:
   * "This method sets new values and does not clear existing values. To clear an existing value, use the setValue()
   * method and set the field to 'NULL'" (c_GlideRecordScopedAPI.md, updateMultiple). */
  updateMultiple(): void {
    if (!this._schema) return;
    var changes: Row = {};
    for (var f in this._touched) {
      if (!Object.prototype.hasOwnProperty.call(this._touched, f)) continue;
      if ((this._values[f] || '') !== '' || this._nulled[f]) changes[f] = this._values[f] || '';
    }
    var rows = this._select({ start: 0, end: -1 });
    for (var i = 0; i < rows.length; i++) {
      var record = this._p.newRecord(this._table);
      record._load(rows[i]);
      record._workflow = this._workflow;
      record._autoSys = this._autoSys;
      for (var name in changes) if (Object.prototype.hasOwnProperty.call(changes, name)) record._values[name] = changes[name];
      record.update();
    }
  }

  /** Deletes every row matching the query (setLimit does not apply, as documented), with delete rules per row. */
  deleteMultiple(): void {
    if (!this._schema) return;
    var rows = this._select({ start: 0, end: -1 });
    for (var i = 0; i < rows.length; i++) {
      var record = this._p.newRecord(this._table);
      record._load(rows[i]);
      record._workflow = this._workflow;
      record.deleteRecord();
    }
  }
}

/** A GlideRecord for `table`: an object whose prototype carries one accessor per field of the table. */
export function createRecord(platform: Platform, table: string): GlideRecordImpl {
  var schema = platform.dictionary.table(table);
  var proto: any = GlideRecordImpl.prototype;
  if (schema) {
    proto = platform.prototypes['record:' + table];
    if (!proto) {
      proto = Object.create(GlideRecordImpl.prototype);
      for (var i = 0; i < schema.fieldNames.length; i++) {
        // GlideRecord methods win over same-named fields (on an instance the field wins and breaks the method).
        if (schema.fieldNames[i] in GlideRecordImpl.prototype) continue;
        defineField(proto, schema.fieldNames[i]);
      }
      platform.prototypes['record:' + table] = proto;
    }
  }
  var record: GlideRecordImpl = Object.create(proto);
  record._init(platform, table);
  return record;
}

function defineField(proto: any, name: string): void {
  Object.defineProperty(proto, name, {
    get: function (this: GlideRecordImpl) {
      return this._element(name);
    },
    set: function (this: GlideRecordImpl, value: any) {
      this._setField(name, value);
    },
    enumerable: false,
    configurable: true,
  });
}
