// How values are stored: everything is a string, as in the platform's record XML and Table API; '' is "null".
// Each field type normalizes what scripts assign (numbers, booleans, GlideRecords, GlideElements, GlideDateTimes).
import { FieldSchema } from '../contract';

var NUMERIC_TYPES: { [type: string]: boolean } = { integer: true, longint: true, decimal: true, float: true, numeric: true, order_index: true };
var INTEGER_TYPES: { [type: string]: boolean } = { integer: true, longint: true, order_index: true };
// Column types whose database column has max_length characters: longer values are cut on write, as on MySQL.
var TRUNCATED_TYPES: { [type: string]: boolean } = {
  string: true, email: true, url: true, ph_number: true, table_name: true, file_name: true, ip_address: true, version: true, condition_string: true,
};

export function isNumericType(type: string): boolean {
  return NUMERIC_TYPES[type] === true;
}

export function isJournalType(type: string): boolean {
  return type === 'journal_input' || type === 'journal' || type === 'journal_list';
}

/** A script value as text: GlideRecord -> its sys_id, arrays -> comma list, objects (GlideElement, GlideDateTime) ->
 * their toString(), null/undefined -> ''. */
export function toText(value: any): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if (typeof value.getUniqueValue === 'function') return value.getUniqueValue() || '';
    if (Object.prototype.toString.call(value) === '[object Array]') return value.join(',');
  }
  return String(value);
}

export function booleanText(text: string): string {
  var t = text.toLowerCase();
  return t === 'true' || t === '1' ? 'true' : 'false';
}

/** The stored form of a value written to a field. 'NULL' clears a field (documented platform behaviour). */
export function storedValue(field: FieldSchema, value: any): string {
  var text = toText(value);
  if (text === 'NULL') return '';
  var type = field.type;
  if (type === 'boolean') return text === '' ? 'false' : booleanText(text);
  if (NUMERIC_TYPES[type]) {
    if (text === '') return '';
    var n = parseFloat(text);
    if (isNaN(n)) return '0';
    if (INTEGER_TYPES[type]) n = n < 0 ? Math.ceil(n) : Math.floor(n);
    return String(n);
  }
  if (field.maxLength && TRUNCATED_TYPES[type] && text.length > field.maxLength) return text.substring(0, field.maxLength);
  return text;
}
