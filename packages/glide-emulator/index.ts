// The Glide emulator's public contract for Node code outside the package (the app's tests, the sandbox, bench):
// the instance (GlideEmulator, the same object dist/emulator/glide.js defines in the engines), its contract types,
// its HTTP surface, the session an engine keeps, the platform rules and the ATF server steps' types. The loader
// (`@incb/glide-emulator/loader`), the script engines (`/runtime`) and the secret audit's spool (`/secret-audit-spool`)
// are the other entry points; everything else in the package is internal (package.json `exports`).
export { default } from './glide/index';
export type {
  DatabaseChanges,
  DatabaseDump,
  EventRecord,
  FieldSchema,
  HttpRequest,
  HttpResponse,
  HttpTransport,
  Instance,
  InstanceOptions,
  RuleDefinition,
  SchemaJson,
  ScriptActionDefinition,
  ScriptedRestRequestSpec,
  ScriptedRestResponse,
  TableSchema,
  UserSpec,
} from './glide/contract';
export type { InstanceHttp, InstanceHttpRequest, InstanceHttpResponse } from './glide/http/types';
export { errorResponse, jsonResponse, notAuthenticated } from './glide/http/responses';
export { parseQueryString } from './glide/services/queryString';
export type { RecordsQuery, SeedData, SeedRecord, SessionChanges, SessionSnapshot, SessionUser, TickReport } from './glide/session/types';
export { createSession } from './glide/session/session';
export { TABLES_FROM_BUILD, restoreDatabase } from './glide/session/database-restore';
export { addPlatformRules, incidentPriority } from './glide/session/platform-rules';
export { nextRunAtOrAfter, parseInternalDateTime, parseTimeOfDay } from './glide/session/schedule-times';
export type { ScheduleSpec } from './glide/session/schedule-times';
export { platformTables } from './glide/schema/platform-tables';
export { GLOBAL_TABLE_ACCESS } from './glide/access/global-table-access';
export type { AtfRollbackReport, AtfServerStepRequest, AtfStepOutcome } from './glide/atf/types';
export { parseTemplateValues } from './glide/atf/template-values';
export { setSecretAuditSink } from './glide/secret-audit';
export type { SecretAuditSink, SecretAuditTables } from './glide/secret-audit';
