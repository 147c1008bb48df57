// The Azure DevOps connector behind the port (sync/connectorPort.ts, docs/connectors.md): settings, vocabulary, error
// words, rate limit and the tracker part, each delegating to the code the sender uses today (azure-devops/,
// core/workItemPatch.ts, core/adoError.ts, core/rateLimit.ts). Nothing calls it yet (engine plan step 8); steps 9 and
// 10 move the callers over. Requests go through the engine's Transport (ctx.transport), never sendRequest.
import { adoErrorMessage } from '../../core/adoError';
import { classifyStatus } from '../../core/delivery';
import { defaultDescriptionField, fieldMapFor } from '../../core/fieldMap';
import { journalCommentHtml, JournalEntryForComment } from '../../core/journalComment';
import { parseJsonOrNull } from '../../core/jsonNesting';
import { patchOp } from '../../core/jsonPatch';
import { readRateLimit } from '../../core/rateLimit';
import { isValueMapPreset, presetRows, ValueMapPreset } from '../../core/valueMapPresets';
import { fieldValueOps, ownershipOps } from '../../core/workItemPatch';
import { HttpResult } from '../../platform/http';
import { commentRequest, createRequest, getRequest, RequestSender, updateRequest, uploadRequest } from '../../azure-devops/AzureDevOpsClient';
import { AZURE_DEVOPS_TYPE, configurationProblem, DEFAULT_WORK_ITEM_TYPE, WitLocation } from '../../azure-devops/AzureDevOpsConnection';
import { findCreatedWorkItem, readAttachedFileNames, readCommentTexts, webUrlOf } from '../../azure-devops/workItemLookup';
import { HOOK_EVENT_TYPES } from '../../inbound/hookEnvelope';
import { parseAdoIdentity } from '../../inbound/adoIdentity';
import { DEFAULT_CLOSE_NOTES } from '../../inbound/inboundConnection';
import { IncidentSnapshot } from '../../core/incidentSnapshot';
import { Connector, ConnectorContext, LocalFile, Outcome, RecordWrite, RemoteRecord, StagedFile, TrackerPort, Vocabulary, WriteAck } from '../../sync/connectorPort';
import { failureOf, unreadable } from '../../sync/remoteOutcome';

/** The connection's own columns (ado_*), as readSettings() reads them. */
export interface AzureDevOpsSettings {
  organization: string;
  project: string;
  workItemType: string;
  /** ado_description_field, else the work item type's default */
  descriptionField: string;
}

function locationOf(ctx: ConnectorContext<AzureDevOpsSettings>): WitLocation {
  var s = ctx.settings;
  return { baseUrl: ctx.connection.baseUrl, organization: s.organization, project: s.project, workItemType: s.workItemType };
}

/** The transport as the lookups (workItemLookup.ts) expect a client. */
function senderOf(ctx: ConnectorContext<AzureDevOpsSettings>): RequestSender {
  return {
    send: function (request, remoteId) {
      return ctx.transport.send(request, remoteId);
    },
  };
}

function failed<T>(result: HttpResult): Outcome<T> {
  return { ok: false, failure: failureOf(result, adoErrorMessage(result.status, result.body)) };
}

/** A lookup that could not be completed: a readable refusal keeps its kind, an unreadable success is a retry. */
function lookupFailed<T>(result: HttpResult): Outcome<T> {
  if (classifyStatus(result.status) === 'ok') return { ok: false, failure: unreadable(result, 'Azure DevOps answered the lookup with an unreadable body') };
  return failed<T>(result);
}

function recordOf(item: any): RemoteRecord {
  return { id: String(item.id), url: webUrlOf(item), rev: Number(item.rev) || 0 };
}

/** A work item answer: its rev and the identity that changed it (our credential's). */
function itemAck(item: any): WriteAck {
  var ack: WriteAck = { actor: parseAdoIdentity(item.fields ? item.fields['System.ChangedBy'] : null) };
  if (item.rev !== undefined) ack.rev = Number(item.rev) || 0;
  return ack;
}

/** A PATCH of the work item at `expectedRev` (`test /rev` first): conflict when Azure DevOps answers 412. */
function patchAt(ctx: ConnectorContext<AzureDevOpsSettings>, id: string, ops: any[], expectedRev: number): Outcome<WriteAck> {
  var result = ctx.transport.send(updateRequest(locationOf(ctx), id, [patchOp('test', '/rev', expectedRev)].concat(ops)), id);
  if (classifyStatus(result.status) !== 'ok') return failed<WriteAck>(result);
  var item = parseJsonOrNull(result.body);
  if (!item || item.rev === undefined) return { ok: false, failure: unreadable(result, 'Azure DevOps answered the update without a rev') };
  return { ok: true, value: itemAck(item) };
}

var tracker: TrackerPort<AzureDevOpsSettings> = {
  create: function (ctx: ConnectorContext<AzureDevOpsSettings>, write: RecordWrite) {
    var ops = fieldValueOps(write.values).concat(ownershipOps(write.incident));
    var result = ctx.transport.send(createRequest(locationOf(ctx), ops), '');
    if (classifyStatus(result.status) !== 'ok') return failed<{ record: RemoteRecord; ack: WriteAck }>(result);
    var item = parseJsonOrNull(result.body);
    if (!item || item.id === undefined || item.id === null) {
      return { ok: false, failure: unreadable(result, 'Azure DevOps answered the create without a work item id (it may have created one: the next attempt looks it up)') };
    }
    return { ok: true, value: { record: recordOf(item), ack: itemAck(item) } };
  },

  findCreated: function (ctx: ConnectorContext<AzureDevOpsSettings>, incident: IncidentSnapshot) {
    var found = findCreatedWorkItem(locationOf(ctx), senderOf(ctx), incident.number, incident.url);
    if (found.failed) return lookupFailed<RemoteRecord | null>(found.failed);
    return { ok: true, value: found.item ? recordOf(found.item) : null };
  },

  update: function (ctx: ConnectorContext<AzureDevOpsSettings>, id: string, write: RecordWrite, expectedRev: number) {
    return patchAt(ctx, id, fieldValueOps(write.values), expectedRev);
  },

  currentRevision: function (ctx: ConnectorContext<AzureDevOpsSettings>, id: string) {
    var result = ctx.transport.send(getRequest(locationOf(ctx), id), id);
    if (classifyStatus(result.status) !== 'ok') return failed<number>(result);
    var item = parseJsonOrNull(result.body);
    if (!item || item.rev === undefined) return { ok: false, failure: unreadable(result, 'Azure DevOps answered the re-read without a rev') };
    return { ok: true, value: Number(item.rev) || 0 };
  },

  commentBody: function (entry: JournalEntryForComment) {
    return journalCommentHtml(entry);
  },

  addComment: function (ctx: ConnectorContext<AzureDevOpsSettings>, id: string, entry: JournalEntryForComment) {
    var result = ctx.transport.send(commentRequest(locationOf(ctx), id, journalCommentHtml(entry)), id);
    if (classifyStatus(result.status) !== 'ok') return failed<WriteAck>(result);
    var comment = parseJsonOrNull(result.body);
    // A comment makes one new revision of the work item; its answer (a Comment) carries no rev (outboundSync.ts).
    return { ok: true, value: { revAdvance: 1, actor: comment ? parseAdoIdentity(comment.createdBy) : null } };
  },

  existingComments: function (ctx: ConnectorContext<AzureDevOpsSettings>, id: string) {
    var read = readCommentTexts(locationOf(ctx), senderOf(ctx), id);
    if (read.failed) return lookupFailed<string[]>(read.failed);
    return { ok: true, value: read.texts };
  },

  stageAttachment: function (ctx: ConnectorContext<AzureDevOpsSettings>, file: LocalFile) {
    var result = ctx.transport.send(uploadRequest(locationOf(ctx), file.fileName, file.sysId), '');
    if (classifyStatus(result.status) !== 'ok') return failed<StagedFile>(result);
    var uploaded = parseJsonOrNull(result.body);
    if (!uploaded || !uploaded.url) return { ok: false, failure: unreadable(result, 'Azure DevOps answered the upload of ' + file.fileName + ' without a URL') };
    return { ok: true, value: { file: file, handle: String(uploaded.url) } };
  },

  linkAttachment: function (ctx: ConnectorContext<AzureDevOpsSettings>, id: string, staged: StagedFile, expectedRev: number) {
    // The relation's comment carries the file name: attachedFileNames() reads it back.
    var relation = { rel: 'AttachedFile', url: staged.handle, attributes: { comment: staged.file.fileName } };
    return patchAt(ctx, id, [patchOp('add', '/relations/-', relation)], expectedRev);
  },

  attachedFileNames: function (ctx: ConnectorContext<AzureDevOpsSettings>, id: string) {
    var read = readAttachedFileNames(locationOf(ctx), senderOf(ctx), id);
    if (read.failed) return lookupFailed<string[]>(read.failed);
    return { ok: true, value: read.names };
  },
};

export var AzureDevOpsConnector: Connector<AzureDevOpsSettings> = {
  type: AZURE_DEVOPS_TYPE,
  labels: { system: 'Azure DevOps', record: 'work item' },

  readSettings: function (row) {
    var workItemType = row.value('ado_work_item_type') || DEFAULT_WORK_ITEM_TYPE;
    return {
      organization: row.value('ado_organization') || '',
      project: row.value('ado_project') || '',
      workItemType: workItemType,
      descriptionField: String(row.value('ado_description_field') || '').trim() || defaultDescriptionField(workItemType),
    };
  },

  configurationProblem: function (connection, settings) {
    // configurationProblem() reads these members of an AzureDevOpsConnection, nothing else.
    var facts: any = {
      type: connection.type,
      baseUrl: connection.baseUrl,
      auth: connection.auth,
      organization: settings.organization,
      project: settings.project,
      descriptionField: settings.descriptionField,
    };
    return configurationProblem(facts);
  },

  vocabulary: function (settings): Vocabulary {
    return {
      fields: fieldMapFor(settings.descriptionField),
      eventTypes: { created: HOOK_EVENT_TYPES[0], updated: HOOK_EVENT_TYPES[1], commented: HOOK_EVENT_TYPES[2], deleted: HOOK_EVENT_TYPES[3], restored: HOOK_EVENT_TYPES[4] },
      defaultCloseNotes: DEFAULT_CLOSE_NOTES,
      presetRows: function (preset: string) {
        return isValueMapPreset(preset) ? presetRows(preset as ValueMapPreset, settings.workItemType) : [];
      },
    };
  },

  errorMessage: adoErrorMessage,
  rateLimit: readRateLimit,
  tracker: tracker,
};

// Not yet behind the port (engine plan steps 10 and 11): `inbound` (hookEnvelope.ts, remoteRevision.ts, adoIdentity.ts,
// remoteAttachments.ts), `changes` (AzureDevOpsCatchUp, updateHistory.ts), `probe` (ConnectionHealthCheck) and the
// tracker's `preview` (dryRun.ts).
