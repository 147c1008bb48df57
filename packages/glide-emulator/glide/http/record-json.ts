// One record as the Table API returns it (ServiceNowDocs api-reference/rest-apis/c_TableAPI.md):
// - every value is a string; sysparm_display_value=false gives stored values, true display values (choice labels,
//   the referenced record's display value), all gives {display_value, value};
// - a non-empty reference also carries `link`, the Table API URL of the referenced record, unless
//   sysparm_exclude_reference_link=true;
// - sysparm_fields picks fields (dot-walked ones too, e.g. caller_id.name); unknown names are ignored;
// - a field the caller may not read is left out ("Fields for which the calling entity does not have rights to
//   because of ACLs are not returned", c_RESTAPI.md);
// - journal fields (work_notes, comments) have no stored value; their display value is the entries' text;
// - password2 values are never returned in clear: the platform hands out only the encrypted form, which no client
//   can use, so the emulator returns a fixed mask for a set secret and '' for an empty one.
export type DisplayMode = 'false' | 'true' | 'all';

export var SECRET_MASK = '********';

export interface RecordJsonOptions {
  displayValue: DisplayMode;
  excludeReferenceLink: boolean;
  /** fields to return, null for every field of the queried table */
  fields: string[] | null;
  /** scheme and host the links point to, e.g. https://instance.service-now.com */
  baseUrl: string;
}

function isJournal(type: string): boolean {
  return type === 'journal_input' || type === 'journal' || type === 'journal_list';
}

function fieldNames(record: any): string[] {
  var elements = record.getElements();
  var names: string[] = [];
  for (var i = 0; i < elements.length; i++) names.push(elements[i].getName());
  return names;
}

function fieldJson(element: any, options: RecordJsonOptions): any {
  var type = element.getED().getInternalType();
  var value = element.toString();
  var display: string;
  if (type === 'password2') {
    value = value === '' ? '' : SECRET_MASK;
    display = value;
  } else if (isJournal(type)) {
    display = element.getJournalEntry(-1);
  } else {
    display = element.getDisplayValue();
  }
  var reference = element.getReferenceTable();
  var link = type === 'reference' && reference && value !== '' && !options.excludeReferenceLink ? options.baseUrl + '/api/now/table/' + reference + '/' + value : '';
  if (options.displayValue === 'all') {
    var both: any = { display_value: display, value: value };
    if (link) both.link = link;
    return both;
  }
  var shown = options.displayValue === 'true' ? display : value;
  if (!link) return shown;
  return options.displayValue === 'true' ? { display_value: shown, link: link } : { link: link, value: shown };
}

/** `canRead(field)` decides on the record's own field (the first segment of a dot-walked name). */
export function recordJson(record: any, options: RecordJsonOptions, canRead: (field: string) => boolean): { [name: string]: any } {
  var out: { [name: string]: any } = {};
  var names = options.fields || fieldNames(record);
  for (var i = 0; i < names.length; i++) {
    var name = names[i];
    if (Object.prototype.hasOwnProperty.call(out, name)) continue;
    var element = record.getElement(name);
    if (!element || !canRead(name.split('.')[0])) continue;
    out[name] = fieldJson(element, options);
  }
  return out;
}
