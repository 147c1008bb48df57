// Reads the record XML the ServiceNow SDK writes (dist/app/**/*.xml) into flat records. A <record_update> holds one
// record element, or wrapper elements (sys_choice_v2, sys_ui_section, sys_ui_list, sys_ui_form_sections) around
// several; a record element has an `action` attribute and only field elements inside. Field values are kept exactly: CDATA is
// not entity-decoded and nothing is trimmed (a script's trailing newline is part of the installed script).
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';

export interface XmlRecord {
  table: string;
  /** INSERT_OR_UPDATE, DELETE, delete_multiple ... */
  action: string;
  values: { [field: string]: string };
  /** attributes of field elements: a reference carries the referenced record's name or display value there
   * (<sys_user_role name="itil">sys_id</sys_user_role>) */
  attributes: { [field: string]: { [attribute: string]: string } };
  /** file, relative to the dist/app directory, for error messages */
  file: string;
}

/** A parsed dictionary/<table>.xml element: the database view of a table, with its indexes. */
export interface XmlElementNode {
  name: string;
  attributes: { [attribute: string]: string };
  children: XmlElementNode[];
}

type OrderedNode = { [key: string]: any };

var parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  cdataPropName: '#cdata',
  processEntities: true,
  htmlEntities: true,
});

function tagOf(node: OrderedNode): string | undefined {
  for (var key in node) {
    if (key !== ':@' && key !== '#text' && key !== '#cdata' && key !== '?xml') return key;
  }
  return undefined;
}

function attributesOf(node: OrderedNode): { [attribute: string]: string } {
  return (node[':@'] as { [attribute: string]: string }) || {};
}

function elementChildren(node: OrderedNode, tag: string): OrderedNode[] {
  return (node[tag] as OrderedNode[]).filter((child) => tagOf(child) !== undefined);
}

/** Text of a leaf element: text nodes entity-decoded by the parser, CDATA sections verbatim. */
function textOf(node: OrderedNode, tag: string): string {
  var out = '';
  for (var child of node[tag] as OrderedNode[]) {
    if (child['#text'] !== undefined) out += String(child['#text']);
    else if (child['#cdata'] !== undefined) {
      for (var part of child['#cdata'] as OrderedNode[]) out += String(part['#text'] ?? '');
    }
  }
  return out;
}

function toRecord(node: OrderedNode, tag: string, file: string): XmlRecord {
  var record: XmlRecord = { table: tag, action: attributesOf(node).action, values: {}, attributes: {}, file };
  for (var field of elementChildren(node, tag)) {
    var name = tagOf(field) as string;
    if (elementChildren(field, name).length > 0) {
      throw new Error(`${file}: field <${name}> of a ${tag} record has child elements; not a record_update the SDK writes`);
    }
    record.values[name] = textOf(field, name);
    var attributes = attributesOf(field);
    if (Object.keys(attributes).length > 0) record.attributes[name] = attributes;
  }
  return record;
}

/** A wrapper holds records; sys_choice_v2 carries an action itself, so the test is whether a child has one. */
function collectRecords(node: OrderedNode, file: string, out: XmlRecord[]): void {
  var tag = tagOf(node) as string;
  var children = elementChildren(node, tag);
  var isWrapper = children.some((child) => attributesOf(child).action !== undefined);
  if (!isWrapper && attributesOf(node).action !== undefined) {
    out.push(toRecord(node, tag, file));
    return;
  }
  for (var child of children) collectRecords(child, file, out);
}

function parseFile(fullPath: string): OrderedNode[] {
  return parser.parse(fs.readFileSync(fullPath, 'utf8')) as OrderedNode[];
}

/** Records of one <record_update> file; [] for a file with any other root. */
export function readRecordFile(fullPath: string, file: string): XmlRecord[] {
  var out: XmlRecord[] = [];
  for (var top of parseFile(fullPath)) {
    if (tagOf(top) === 'record_update') {
      for (var child of elementChildren(top, 'record_update')) collectRecords(child, file, out);
    }
  }
  return out;
}

function toElementNode(node: OrderedNode): XmlElementNode {
  var tag = tagOf(node) as string;
  return { name: tag, attributes: attributesOf(node), children: elementChildren(node, tag).map(toElementNode) };
}

/** The root element of a <database> file (dictionary/), or null for a file with any other root. */
export function readDatabaseFile(fullPath: string): XmlElementNode | null {
  for (var top of parseFile(fullPath)) {
    if (tagOf(top) === 'database') return toElementNode(top);
  }
  return null;
}

/** Every .xml file under dir, relative paths, sorted (so loading is deterministic). */
export function listXmlFiles(dir: string): string[] {
  var out: string[] = [];
  var walk = function (rel: string) {
    for (var entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      var childRel = rel ? rel + '/' + entry.name : entry.name;
      if (entry.isDirectory()) walk(childRel);
      else if (entry.name.endsWith('.xml')) out.push(childRel);
    }
  };
  walk('');
  return out.sort();
}
