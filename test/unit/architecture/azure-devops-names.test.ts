// Issue 15 moves everything that knows Azure DevOps behind the connector port (docs/engine-plan.md). This ratchet
// holds the ground each step gains: Azure DevOps names (the product, its type key and route, its columns, field
// reference names, event types, REST paths and parameters, identifiers of the Azure DevOps code) may appear in the
// app's code and metadata only in src/app/azure-devops/ and in the files listed below, each with exactly the names it
// uses today. A new file or a new name fails, so code that moved out cannot creep back; a listed name that is gone
// fails too, so the list shrinks with every step and always says what is left to move. Comments do not count: the
// scan reads the syntax tree's identifiers and string literals only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '../../..');
const SCANNED = ['src/app', 'src/fluent'];
// The Azure DevOps code itself, until the connector takes it (steps 8-12), and the demo data's Azure DevOps test
// double (routes answering as Azure DevOps for the demo ATF suite): it is Azure DevOps by definition, and moves
// with the connector.
const ALLOWED_FOLDERS = ['src/app/azure-devops/', 'src/app/connectors/azure-devops/', 'src/app/demo/', 'src/fluent/demo/'];
// ATF tests name what they test; the ratchet is about what the app runs and declares.
const NOT_SCANNED = ['src/app/atf/', 'src/fluent/tests/'];

/**
 * Azure DevOps names, one alternative each, the more specific ones first (an alternation takes the first that
 * matches at a position, so `workitem.updated` is one name, not also `workitem`).
 */
const NAMES = new RegExp(
  [
    'Azure ?DevOps\\w*', // the product in text; AzureDevOpsClient and the other identifiers and include names
    'azure[-_]devops', // the connection type key, the folder in import paths, the hook route
    'AZURE_DEVOPS\\w*', // constants naming it (AZURE_DEVOPS_TYPE, the connection type key)
    '\\bADO\\b',
    '\\bado_\\w+', // the connection's Azure DevOps columns
    '[aA]do[A-Z]\\w*', // adoErrorMessage, AdoIdentity, AdoRequest, './adoIdentity'
    '\\bworkitem\\.[a-z]*', // service hook event types
    '[wW]ork ?[iI]tem\\w*', // the record's name in messages, URL paths (workItems, workitemtypes), identifiers
    '\\b(?:System|Microsoft)\\.\\w[\\w.]*\\w', // field reference names
    '[wW]iql\\w*|WIQL',
    '\\b_apis\\b',
    'api-version',
    '\\$(?:expand|top|skip)\\b',
    'errorPolicy',
    'timePrecision',
    'AttachedFile',
    'Hyperlink',
    '\\b_links\\b',
    'json-patch',
    'resourceVersion',
    'revisedBy',
    '/fields/',
    '/relations/',
  ].join('|'),
  'g',
);

/**
 * Files outside the allowed folders that still know Azure DevOps, with the names each uses (an identifier whole, a
 * name inside a string as matched, an import as `import <specifier>`). Shrinks as the plan's steps move code.
 */
const ALLOWED: { [file: string]: string[] } = {
  'src/app/connectors/registry.ts': ['AZURE_DEVOPS_TYPE', 'AzureDevOpsConnector', 'import ../azure-devops/AzureDevOpsConnection', 'import ./azure-devops/AzureDevOpsConnector'],
  'src/app/core/adoError.ts': ['adoErrorMessage'],
  'src/app/core/fieldMap.ts': [
    'Microsoft.VSTS.Common.Priority',
    'Microsoft.VSTS.TCM.ReproSteps',
    'System.Description',
    'System.State',
    'System.Title',
    'workItemType',
  ],
  'src/app/core/healthCheck.ts': ['Azure DevOps', 'Work item', 'work item', 'work items', 'workItemType'],
  'src/app/core/jsonPatch.ts': ['/fields/'],
  'src/app/core/valueMapPresets.ts': ['workItemType'],
  'src/app/core/workItemPatch.ts': ['/relations/', 'Hyperlink', 'System.Tags', 'workItemTitle'],
  'src/app/entry/action/inbox_received.ts': ['processWorkItem'],
  'src/app/entry/br/connection_seed_value_maps.ts': ['import ../../azure-devops/ValueMapSeeder'],
  'src/app/entry/job/inbound_catchup.ts': ['AzureDevOpsCatchUp', 'import ../../inbound/AzureDevOpsCatchUp'],
  'src/app/entry/rest/dry_run_post.ts': ['import ../../azure-devops/DryRunApi'],
  'src/app/entry/rest/hooks_azure_devops_post.ts': ['AzureDevOpsHookReceiver', 'import ../../inbound/AzureDevOpsHookReceiver'],
  'src/app/inbound/AzureDevOpsCatchUp.ts': [
    '$top',
    'AZURE_DEVOPS_TYPE',
    'AdoIdentity',
    'AzureDevOpsCatchUp',
    'AzureDevOpsClient',
    'AzureDevOpsConnection',
    'System.ChangedDate',
    'System.Id',
    'System.TeamProject',
    'WorkItems',
    'api-version',
    'errorPolicy',
    'import ../azure-devops/AzureDevOpsClient',
    'import ../azure-devops/AzureDevOpsConnection',
    'import ./adoIdentity',
    'processWorkItem',
    'timePrecision',
    'wiql',
    'wiqlDate',
    'workItemId',
    'workItems',
    'workitem.updated',
    'workitems',
  ],
  'src/app/inbound/AzureDevOpsHookReceiver.ts': ['Azure DevOps', 'AzureDevOpsHookReceiver', 'workItemId'],
  'src/app/inbound/InboxProcessor.ts': [
    'AzureDevOpsClient',
    '_links',
    'import ../azure-devops/AzureDevOpsClient',
    'import ../azure-devops/AzureDevOpsConnection',
    'processWorkItem',
    'work item',
    'workItemId',
  ],
  'src/app/inbound/adoIdentity.ts': ['AdoIdentity', 'formatAdoIdentity', 'parseAdoIdentity'],
  'src/app/inbound/hookEnvelope.ts': [
    'Azure DevOps',
    'resourceVersion',
    'updatedWorkItemId',
    'work item',
    'work items',
    'workItemId',
    'workitem.commented',
    'workitem.created',
    'workitem.deleted',
    'workitem.restored',
    'workitem.updated',
  ],
  'src/app/inbound/inboundChanges.ts': ['import ../core/workItemPatch', 'workItemTitle'],
  'src/app/inbound/inboundConnection.ts': [
    'AZURE_DEVOPS_TYPE',
    'AdoIdentity',
    'Azure DevOps',
    'import ../azure-devops/AzureDevOpsConnection',
    'import ./adoIdentity',
    'parseAdoIdentity',
  ],
  'src/app/inbound/remoteAttachments.ts': [
    'AzureDevOpsClient',
    'AzureDevOpsConnection',
    '_apis',
    'adoErrorMessage',
    'api-version',
    'import ../azure-devops/AzureDevOpsClient',
    'import ../azure-devops/AzureDevOpsConnection',
    'import ../core/adoError',
  ],
  'src/app/inbound/remoteRevision.ts': [
    'AdoIdentity',
    'AttachedFile',
    'System.ChangedBy',
    'System.ChangedDate',
    'System.History',
    'fromWorkItem',
    'import ./adoIdentity',
    'parseAdoIdentity',
    'revisedBy',
    'workItemId',
    'workitem.',
  ],
  'src/app/inbound/revisionApplier.ts': [
    'AdoIdentity',
    'Azure DevOps',
    'AzureDevOpsClient',
    'AzureDevOpsConnection',
    'Work item',
    'formatAdoIdentity',
    'import ../azure-devops/AzureDevOpsClient',
    'import ../azure-devops/AzureDevOpsConnection',
    'import ./adoIdentity',
    'work item',
    'workItemId',
    'workitem.deleted',
  ],
  'src/app/inbound/updateHistory.ts': [
    '$skip',
    '$top',
    'AzureDevOpsClient',
    'AzureDevOpsConnection',
    'api-version',
    'import ../azure-devops/AzureDevOpsClient',
    'import ../azure-devops/AzureDevOpsConnection',
    'workItemId',
    'workItems',
  ],
  'src/app/includes.json': [
    'AzureDevOpsCatchUp',
    'AzureDevOpsHookReceiver',
    'AzureDevOpsSync',
    'azure-devops',
  ],
  'src/app/outbox/OutboxDispatcher.ts': ['AzureDevOpsSync', 'import ../azure-devops/AzureDevOpsSync'],
  'src/app/queue/inboxRows.ts': ['workitem.commented', 'workitem.created', 'workitem.deleted', 'workitem.restored', 'workitem.updated'],
  'src/app/reliability/ConnectionHealthCheck.ts': [
    'AZURE_DEVOPS_TYPE',
    'AdoRequest',
    'AzureDevOpsClient',
    'AzureDevOpsConnection',
    'adoErrorMessage',
    'api-version',
    'import ../azure-devops/AzureDevOpsClient',
    'import ../azure-devops/AzureDevOpsConnection',
    'import ../core/adoError',
    'workItemType',
    'workitemtypes',
  ],
  'src/app/reliability/connectionGate.ts': ['Azure DevOps'],
  'src/fluent/azure-devops/dry-run-api.now.ts': ['Azure DevOps'],
  'src/fluent/azure-devops/properties.now.ts': ['Azure DevOps'],
  'src/fluent/azure-devops/value-map-seeding.now.ts': ['azure_devops'],
  'src/fluent/generated/keys.ts': [
    'AzureDevOpsCatchUp',
    'AzureDevOpsHookReceiver',
    'AzureDevOpsSync',
    'ado_description_field',
    'ado_organization',
    'ado_project',
    'ado_work_item_type',
    'azure-devops',
    'azure_devops',
  ],
  'src/fluent/inbound/hooks-api.now.ts': ['ADO', 'Azure DevOps', 'azure-devops', 'azure_devops', 'work item', 'work items', 'workitem.created'],
  'src/fluent/inbound/processing.now.ts': ['AzureDevOpsCatchUp', 'AzureDevOpsHookReceiver', 'WorkItem', 'work item'],
  'src/fluent/menu.now.ts': ['Azure DevOps', 'work items'],
  'src/fluent/outbox/capture-rules.now.ts': ['Azure DevOps', 'work item'],
  'src/fluent/outbox/properties.now.ts': ['Azure DevOps'],
  'src/fluent/reliability/health-check.now.ts': ['Azure DevOps', 'azure_devops'],
  'src/fluent/reliability/properties.now.ts': ['Azure DevOps'],
  'src/fluent/roles.now.ts': ['Azure DevOps'],
  'src/fluent/script-includes.now.ts': [
    'Azure DevOps',
    'AzureDevOpsCatchUp',
    'AzureDevOpsHookReceiver',
    'AzureDevOpsSync',
    'System.ChangedDate',
    'WIQL',
    'azure-devops',
    'work item',
  ],
  'src/fluent/tables/connection.now.ts': [
    'Azure DevOps',
    'Microsoft.VSTS.TCM.ReproSteps',
    'System.Description',
    'Work item',
    'ado_description_field',
    'ado_organization',
    'ado_project',
    'ado_work_item_type',
    'azure_devops',
    'work item',
    'work items',
  ],
  'src/fluent/tables/link.now.ts': ['Work item', 'work item'],
};

function namesIn(text: string): string[] {
  return text.match(NAMES) || [];
}

/** The Azure DevOps names in a TypeScript file's identifiers and string literals (comments are not in the tree). */
function namesInSource(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES5, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) {
      if (namesIn(node.text).length) found.push(node.text);
    } else if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const names = namesIn((node as ts.LiteralLikeNode).text);
      const parent = node.parent;
      const isImport = (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent)) && parent.moduleSpecifier === node;
      if (isImport && names.length) found.push('import ' + (node as ts.StringLiteral).text);
      else found.push(...names);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The Azure DevOps names in a JSON file's keys and string values. */
function namesInJson(text: string): string[] {
  const found: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') found.push(...namesIn(value));
    else if (value && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        found.push(...namesIn(key));
        visit((value as { [key: string]: unknown })[key]);
      }
    }
  };
  visit(JSON.parse(text));
  return found;
}

function namesInFile(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const names = file.endsWith('.json') ? namesInJson(text) : namesInSource(file, text);
  return names.filter((name, i) => names.indexOf(name) === i).sort();
}

function filesUnder(dir: string): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...filesUnder(full));
    else if (/\.(ts|json)$/.test(entry.name) && entry.name !== 'tsconfig.json') files.push(full);
  }
  return files;
}

function under(file: string, folders: string[]): boolean {
  return folders.some((folder) => file.indexOf(folder) === 0);
}

/** Every scanned file outside the allowed folders that knows Azure DevOps, with its names. */
function knowingFiles(): { [file: string]: string[] } {
  const found: { [file: string]: string[] } = {};
  for (const top of SCANNED) {
    for (const full of filesUnder(path.join(ROOT, top))) {
      const file = path.relative(ROOT, full).split(path.sep).join('/');
      if (under(file, ALLOWED_FOLDERS) || under(file, NOT_SCANNED)) continue;
      const names = namesInFile(full);
      if (names.length) found[file] = names;
    }
  }
  return found;
}

describe('Azure DevOps names outside src/app/azure-devops/', () => {
  const found = knowingFiles();

  test('the scan finds what it is meant to find (a scan that finds nothing proves nothing)', () => {
    expect(Object.keys(found).length).toBeGreaterThanOrEqual(20);
    expect(namesInFile(path.join(ROOT, 'src/app/azure-devops/AzureDevOpsConnection.ts'))).toEqual(
      expect.arrayContaining(['ado_organization', 'azure_devops', 'AzureDevOpsConnection', '_apis']),
    );
  });

  test('no file knows Azure DevOps that is not listed (move the code behind the port, or list it with a reason)', () => {
    const unlisted = Object.keys(found).filter((file) => !ALLOWED[file]);
    expect(unlisted.map((file) => file + ': ' + found[file].join(', '))).toEqual([]);
  });

  test('no listed file uses a name it did not use before', () => {
    const added: string[] = [];
    for (const file of Object.keys(found)) {
      if (!ALLOWED[file]) continue;
      for (const name of found[file]) if (ALLOWED[file].indexOf(name) < 0) added.push(file + ': ' + name);
    }
    expect(added).toEqual([]);
  });

  test('the list names nothing that is gone (shorten it: every step that moves code makes the ratchet tighter)', () => {
    const gone: string[] = [];
    for (const file of Object.keys(ALLOWED)) {
      for (const name of ALLOWED[file]) if (!found[file] || found[file].indexOf(name) < 0) gone.push(file + ': ' + name);
    }
    expect(gone).toEqual([]);
  });

  test('comments do not count; identifiers, strings, templates and imports do', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ado-names-')), 'probe.ts');
    fs.writeFileSync(
      file,
      [
        '// Azure DevOps work item, System.Title',
        '/** AzureDevOpsClient */',
        "import { x } from '../azure-devops/syncResult';",
        'var workItemId = 1;',
        "var t = 'azure_devops', u = `${x}/_apis/wit?api-version=7.1`, f = { 'System.ChangedBy': 1 };",
        "var e = 'workitem.updated', n = 'a work item';",
      ].join('\n'),
    );
    expect(namesInFile(file)).toEqual(
      ['System.ChangedBy', '_apis', 'api-version', 'azure_devops', 'import ../azure-devops/syncResult', 'work item', 'workItemId', 'workitem.updated'].sort(),
    );
  });
});
