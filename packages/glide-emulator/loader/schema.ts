// The app's tables as the emulator's dictionary takes them (SchemaJson), from the installed records: sys_db_object
// (table, parent, extensible, number), sys_dictionary (columns), sys_choice (choice lists), sys_number (prefix) and
// sys_dictionary_override (an inherited column changed for one child table), plus the indexes of dictionary/.
import { FieldSchema, SchemaJson, TableSchema } from '../glide/contract';
import { RecordIndex, bool, int } from './record-index';
import { IndexDefinition } from './types';
import { XmlElementNode, XmlRecord } from './xml-records';

function choicesOf(index: RecordIndex, table: string, element: string): Array<{ value: string; label: string }> | undefined {
  var rows = index
    .all('sys_choice')
    .filter((c) => c.values.name === table && c.values.element === element)
    // one row per value: the English label (other languages are translations of the same choice). Inactive
    // choices stay: they are no longer offered, but existing values still display with their label.
    .filter((c) => !c.values.language || c.values.language === 'en');
  if (rows.length === 0) return undefined;
  rows.sort((a, b) => (int(a.values.sequence) ?? 0) - (int(b.values.sequence) ?? 0));
  return rows.map((c) => ({ value: c.values.value, label: c.values.label }));
}

function fieldOf(index: RecordIndex, column: XmlRecord): FieldSchema {
  var v = column.values;
  var field: FieldSchema = { type: v.internal_type, label: v.column_label || v.element };
  if (v.reference) field.reference = v.reference;
  var maxLength = int(v.max_length);
  if (maxLength !== undefined) field.maxLength = maxLength;
  if (bool(v.mandatory)) field.mandatory = true;
  if (bool(v.read_only)) field.readOnly = true;
  if (v.default_value) field.defaultValue = v.default_value;
  var choices = choicesOf(index, v.name, v.element);
  if (choices) field.choices = choices;
  return field;
}

function tableNameOf(index: RecordIndex, table: XmlRecord, field: string): string | undefined {
  var value = table.values[field];
  if (!value) return undefined;
  var named = table.attributes[field] && table.attributes[field].name;
  if (named) return named;
  var own = index.get('sys_db_object', value);
  if (own) return own.values.name;
  throw new Error(`${table.file}: ${field} references table ${value}, which has no name in the app`);
}

function parentOf(tables: { [name: string]: TableSchema }, baseSchema: SchemaJson | undefined, name: string): string | undefined {
  if (tables[name]) return tables[name].extends;
  var base = baseSchema ? baseSchema.tables.find((t) => t.name === name && t.extends) : undefined;
  return base ? base.extends : undefined;
}

/** A table's own column; in the base schema a later definition of the same table wins, as in the emulator. */
function ownField(tables: { [name: string]: TableSchema }, baseSchema: SchemaJson | undefined, table: string, element: string): FieldSchema | undefined {
  if (tables[table]) return tables[table].fields[element];
  var found: FieldSchema | undefined;
  for (var t of baseSchema ? baseSchema.tables : []) if (t.name === table && t.fields[element]) found = t.fields[element];
  return found;
}

/** The inherited column an override changes: from the app's own tables, else from the base schema given. */
function inheritedField(tables: { [name: string]: TableSchema }, baseSchema: SchemaJson | undefined, table: string, element: string): FieldSchema | undefined {
  for (var parent = parentOf(tables, baseSchema, table); parent; parent = parentOf(tables, baseSchema, parent)) {
    var field = ownField(tables, baseSchema, parent, element);
    if (field) return field;
  }
  return undefined;
}

function applyOverride(index: RecordIndex, base: FieldSchema, override: XmlRecord): FieldSchema {
  var v = override.values;
  var field: FieldSchema = Object.assign({}, base);
  if (bool(v.default_value_override)) {
    if (v.default_value) field.defaultValue = v.default_value;
    else delete field.defaultValue;
  }
  if (bool(v.mandatory_override)) field.mandatory = bool(v.mandatory);
  if (bool(v.read_only_override)) field.readOnly = bool(v.read_only);
  var choices = choicesOf(index, v.name, v.element);
  if (choices) field.choices = choices;
  return field;
}

export function schemaOf(index: RecordIndex, baseSchema?: SchemaJson): SchemaJson {
  var tables: { [name: string]: TableSchema } = {};
  var order: string[] = [];
  for (var object of index.all('sys_db_object')) {
    var v = object.values;
    var table: TableSchema = { name: v.name, fields: {} };
    if (v.label) table.label = v.label;
    var parent = tableNameOf(index, object, 'super_class');
    if (parent) table.extends = parent;
    if (bool(v.is_extendable)) table.extensible = true;
    var number = v.number_ref ? index.get('sys_number', v.number_ref) : undefined;
    if (number && number.values.prefix) table.numberPrefix = number.values.prefix;
    tables[table.name] = table;
    order.push(table.name);
  }
  for (var column of index.all('sys_dictionary')) {
    var owner = tables[column.values.name];
    // the element-less row is the table's own dictionary entry (internal_type collection)
    if (!owner || !column.values.element) continue;
    owner.fields[column.values.element] = fieldOf(index, column);
    if (bool(column.values.display)) owner.displayField = column.values.element;
  }
  for (var override of index.all('sys_dictionary_override')) {
    var child = tables[override.values.name];
    if (!child) continue;
    var base = inheritedField(tables, baseSchema, child.name, override.values.element);
    if (!base) {
      throw new Error(`${override.file}: overrides ${override.values.name}.${override.values.element}, whose column is in neither the app nor the base schema given to loadApp`);
    }
    child.fields[override.values.element] = applyOverride(index, base, override);
  }
  return { tables: order.sort().map((name) => tables[name]) };
}

/** Indexes of the dictionary/<table>.xml files (<element type="collection"><index name unique><element name/>...). */
export function indexesOf(databases: XmlElementNode[]): IndexDefinition[] {
  var out: IndexDefinition[] = [];
  for (var database of databases) {
    for (var table of database.children.filter((c) => c.name === 'element' && c.attributes.type === 'collection')) {
      for (var idx of table.children.filter((c) => c.name === 'index')) {
        out.push({
          table: table.attributes.name,
          name: idx.attributes.name,
          unique: idx.attributes.unique === 'true',
          fields: idx.children.filter((c) => c.name === 'element').map((c) => c.attributes.name),
        });
      }
    }
  }
  return out;
}
