// The variables the platform hands an entry script (dist/es5/entry/<kind>/), by the kind of record that runs it:
// business rules `current`/`previous`, UI actions `current`, script actions `event` (a sysevent row) and `current`,
// mail scripts `current`, `template`, `email`, `email_action`, `event`, scripted REST routes `request`/`response`.
// The table of `current` comes from the record that installs the script (dist/app, written by the build): the
// business rule's table, the UI action's, the table registered for the script action's event, the notification
// that embeds the mail script. Without dist/app, or for a script no record carries, the table is unknown (null).
import fs from 'node:fs';
import path from 'node:path';
import { RecordIndex } from '@incb/glide-emulator/loader';
import { listXmlFiles, readRecordFile } from '@incb/glide-emulator/loader';
import { PlatformVariable } from './evaluate';

export type PlatformVariables = { [name: string]: PlatformVariable };

const row = (table: string | null): PlatformVariable => ({ cls: 'GlideRecord', table });

/** The variables of each kind of entry script; `current` is the table of the record that runs it. */
const KINDS: { [kind: string]: (current: string | null) => PlatformVariables } = {
  br: (current) => ({ current: row(current), previous: row(current) }),
  ui: (current) => ({ current: row(current) }),
  action: (current) => ({ event: row('sysevent'), current: row(current) }),
  mail: (current) => ({ current: row(current), event: row('sysevent'), email_action: row('sysevent_email_action'), template: { cls: 'TemplatePrinter' }, email: { cls: 'GlideEmailOutbound' } }),
  rest: () => ({ request: { cls: 'RESTAPIRequest' }, response: { cls: 'RESTAPIResponse' } }),
  job: () => ({}),
  // an ATF Run Server Side Script step (dist/es5/atf/): its output variables, steps(), params, stepResult and
  // assertEqual (ServiceNowDocs application-development/automated-test-framework-atf/test-steps-server-category.md)
  atf: () => ({ outputs: { cls: 'ATFStepOutputs' }, steps: { cls: 'ATFSteps' }, params: { cls: 'ATFParams' }, stepResult: { cls: 'ATFStepResult' }, assertEqual: { cls: 'ATFAssertEqual' } }),
};

/** Script text (trimmed) -> the table its `current` is a row of, from the app's records. */
function currentTables(distApp: string): Map<string, string | null> {
  const out = new Map<string, string | null>();
  if (!fs.existsSync(distApp)) return out;
  const index = new RecordIndex(listXmlFiles(distApp).flatMap((file) => readRecordFile(path.join(distApp, file), file)));
  const eventTables = new Map(index.all('sysevent_register').map((r) => [r.values.event_name, r.values.table || null]));
  const script = (values: { [field: string]: string }) => (values.script || '').trim();
  for (const r of index.all('sys_script')) out.set(script(r.values), r.values.collection || null);
  for (const r of index.all('sys_ui_action')) out.set(script(r.values), r.values.table || null);
  for (const r of index.all('sysevent_script_action')) out.set(script(r.values), eventTables.get(r.values.event_name) ?? null);
  for (const r of index.all('sys_script_email')) {
    const reference = '${mail_script:' + r.values.name + '}';
    const notification = index.all('sysevent_email_action').find((n) => Object.values(n.values).some((v) => v.includes(reference)));
    out.set(script(r.values), notification ? notification.values.collection || null : null);
  }
  return out;
}

export type PlatformOf = (file: string, text: string) => PlatformVariables;

/** The platform variables of a dist/es5 file from its path and text; `currentTable` says which table the record
 * running a script (by its text) makes `current` a row of. */
export function platformVariables(currentTable: (text: string) => string | null): PlatformOf {
  return (file, text) => {
    const kind = /(?:^|\/)dist\/es5\/(?:entry\/([^/]+)|(atf)|(demo))\//.exec(file);
    // dist/es5/demo: route scripts (of the Azure DevOps test double, shipped as demo data)
    const name = kind ? kind[1] || kind[2] || (kind[3] && 'rest') : undefined;
    const variables = name ? KINDS[name] : undefined;
    if (!kind) return {};
    if (!variables) throw new Error(`${file}: an entry script of a kind the checker does not know (${name}): say which variables the platform hands it`);
    return variables(currentTable(text));
  };
}

/** The platform variables of the scripts of the app built in `root` (tables from root/dist/app). */
export function platformVariablesOf(root: string): PlatformOf {
  const tables = currentTables(path.join(root, 'dist', 'app'));
  return platformVariables((text) => tables.get(text.trim()) ?? null);
}
