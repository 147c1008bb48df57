// GlideElement: what `gr.field` returns. It is an object, not a primitive, exactly as on an instance:
// `gr.state === '2'` is false while `gr.state == '2'` is true (through toString), and `gr.caller_id.name` dot-walks
// because a reference element carries accessors for the referenced table's fields.
import type { FieldSchema } from '../contract';
import { isJournalType, storedValue } from '../db/field-values';
import type { Platform } from '../runtime/platform';
import type { GlideRecordImpl } from './glide-record';

export class GlideElementImpl {
  _record!: GlideRecordImpl;
  _name!: string;
  _field!: FieldSchema;
  /** referenced record, loaded on first dot-walk and reloaded when the reference changes */
  _ref!: GlideRecordImpl | null;
  _refFor!: string;

  _init(record: GlideRecordImpl, name: string, field: FieldSchema): void {
    this._record = record;
    this._name = name;
    this._field = field;
    this._ref = null;
    this._refFor = '';
  }

  /** stored text ('' = null); journal fields read back what was written and not yet saved */
  _text(): string {
    return this._record._fieldText(this._name);
  }

  toString(): string {
    return this._text();
  }

  /** As GlideRecord.getValue: null when empty, booleans as "1"/"0" (documented for getValue). */
  getValue(): string | null {
    var text = this._text();
    if (text === '') return null;
    if (this._field.type === 'boolean') return text === 'true' ? '1' : '0';
    return text;
  }

  setValue(value: any): void {
    this._record._setField(this._name, value);
  }

  getName(): string {
    return this._name;
  }

  getTableName(): string {
    return this._record.getTableName();
  }

  getLabel(): string {
    return this._field.label || this._name;
  }

  getReferenceTable(): string | null {
    return this._field.reference || null;
  }

  nil(): boolean {
    return this._text() === '';
  }

  /** Journal fields: true when an entry is pending. Others: the value differs from the one loaded/last saved. */
  changes(): boolean {
    return this._record._fieldChanged(this._name);
  }

  changesFrom(value: any): boolean {
    return this.changes() && this._record._originalText(this._name) === storedValue(this._field, value);
  }

  changesTo(value: any): boolean {
    return this.changes() && this._text() === storedValue(this._field, value);
  }

  getDisplayValue(): string {
    return this._record._displayText(this._name);
  }

  setDisplayValue(value: any): void {
    this._record._setDisplayText(this._name, value === null || value === undefined ? '' : String(value));
  }

  getChoiceValue(): string {
    return this._record._displayText(this._name);
  }

  getDecryptedValue(): string {
    return this._text();
  }

  /** Entries of a journal field, newest first: 1 = the latest only, -1 = all. Each entry is
   * "yyyy-MM-dd HH:mm:ss - Full Name (Field label)\ntext\n\n". */
  getJournalEntry(mostRecent: number): string {
    if (!isJournalType(this._field.type)) return '';
    return this._record._journalEntries(this._name, this.getLabel(), mostRecent);
  }

  /** The referenced record; an empty (not found) GlideRecord when the reference is empty, as documented. */
  getRefRecord(): GlideRecordImpl {
    var table = this._field.reference;
    if (!table) throw new Error('getRefRecord: ' + this._name + ' is not a reference field');
    var ref = this._record._platform().newRecord(table);
    var id = this._text();
    if (id !== '') ref._getBy('sys_id', id);
    return ref;
  }

  getED(): any {
    var self = this;
    return {
      getInternalType: function () { return self._field.type; },
      getLabel: function () { return self.getLabel(); },
      getName: function () { return self._name; },
      getLength: function () { return self._field.maxLength || 0; },
      isMandatory: function () { return self._field.mandatory === true; },
      isReference: function () { return self._field.type === 'reference'; },
      getReference: function () { return self._field.reference || ''; },
      isChoiceTable: function () { return !!(self._field.choices && self._field.choices.length); },
    };
  }

  canRead(): boolean {
    return true;
  }

  canWrite(): boolean {
    return true;
  }

  canCreate(): boolean {
    return true;
  }

  /** dot-walk: the element of the referenced record (an empty record's element when the reference is empty) */
  _walk(field: string): GlideElementImpl | undefined {
    var id = this._text();
    if (!this._ref || this._refFor !== id) {
      var ref = this._record._platform().newRecord(this._field.reference as string);
      this._ref = ref;
      this._refFor = id;
      // A dot-walk reads the referenced row as part of the record the script holds, not as a query of its own: the
      // emulator applies no cross-scope check to it (platform-fidelity.md lists this as unverified).
      if (id !== '' && ref.isValid()) this._record._platform().access.run('global', function () { return ref._getBy('sys_id', id); });
    }
    return this._ref.getElement(field) || undefined;
  }
}

/** The element object for a field: reference fields get a prototype with one accessor per referenced field. */
export function createElement(platform: Platform, record: GlideRecordImpl, name: string, field: FieldSchema): GlideElementImpl {
  var proto: any = GlideElementImpl.prototype;
  if (field.type === 'reference' && field.reference && platform.dictionary.table(field.reference)) {
    proto = referencePrototype(platform, field.reference);
  }
  var element: GlideElementImpl = Object.create(proto);
  element._init(record, name, field);
  return element;
}

function referencePrototype(platform: Platform, table: string): any {
  var key = 'ref:' + table;
  var cached = platform.prototypes[key];
  if (cached) return cached;
  var proto = Object.create(GlideElementImpl.prototype);
  var names = (platform.dictionary.table(table) as any).fieldNames as string[];
  for (var i = 0; i < names.length; i++) {
    // Element methods win over same-named fields (none of the platform's fields collide).
    if (names[i] in GlideElementImpl.prototype) continue;
    defineWalk(proto, names[i]);
  }
  platform.prototypes[key] = proto;
  return proto;
}

function defineWalk(proto: any, field: string): void {
  Object.defineProperty(proto, field, {
    get: function (this: GlideElementImpl) {
      return this._walk(field);
    },
    set: function (this: GlideElementImpl, value: any) {
      var target = this._walk(field);
      if (target) target.setValue(value);
    },
    enumerable: false,
    configurable: true,
  });
}
