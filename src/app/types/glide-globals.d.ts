// The subset of the ServiceNow server-side API that Incident Bridge uses, declared as the globals they are on an
// instance. We declare them ourselves instead of importing @servicenow/glide: its types are ES modules, and an
// import would survive into the ES5 bundles as a reference to a module that does not exist on the instance.
// Only the SCOPED API is declared (the app is a scoped app): what only global scripts may call (autoSysFields,
// GlideDateTime.setNumericValue...) is left out so that it cannot compile, and what a scoped script may not do on
// another scope's table (setWorkflow, setAbortAction on incident) is documented where it is declared. The built
// scripts are checked against the scoped allowlist as well (test/es5).

interface GlideElement {
  getValue(): string;
  setValue(value: any): void;
  toString(): string;
  getDisplayValue(): string;
  changes(): boolean;
  changesFrom(value: any): boolean;
  changesTo(value: any): boolean;
  nil(): boolean;
  getJournalEntry(count: number): string;
}

interface GlideRecord {
  [field: string]: any;
  addQuery(field: string, value: any): any;
  addQuery(field: string, operator: string, value: any): any;
  addEncodedQuery(query: string): void;
  addNullQuery(field: string): any;
  addNotNullQuery(field: string): any;
  addActiveQuery(): any;
  query(): void;
  next(): boolean;
  hasNext(): boolean;
  get(sysId: string): boolean;
  get(field: string, value: any): boolean;
  getValue(field: string): string | null;
  setValue(field: string, value: any): void;
  getDisplayValue(field?: string): string;
  getUniqueValue(): string;
  getTableName(): string;
  getRowCount(): number;
  getEncodedQuery(): string;
  initialize(): void;
  newRecord(): void;
  insert(): string | null;
  update(): string | null;
  updateMultiple(): void;
  deleteRecord(): boolean;
  deleteMultiple(): void;
  setLimit(limit: number): void;
  chooseWindow(first: number, last: number): void;
  orderBy(field: string): void;
  orderByDesc(field: string): void;
  isValid(): boolean;
  isValidField(field: string): boolean;
  isValidRecord(): boolean;
  isNewRecord(): boolean;
  /** only on the app's own tables: refused on a table of another scope (c_GlideRecordScopedAPI.md, KB0820691) */
  setWorkflow(enabled: boolean): void;
  /** only on the app's own tables, like setWorkflow */
  setAbortAction(abort: boolean): void;
  operation(): string;
  changes(): boolean;
  /** why the last insert/update/delete failed, when the platform says (null otherwise) */
  getLastErrorMessage(): string | null;
}
declare var GlideRecord: { new (table: string): GlideRecord };

interface GlideDateTime {
  getValue(): string;
  /** a 'yyyy-MM-dd HH:mm:ss' UTC value, another GlideDateTime, or milliseconds since the epoch (scoped setValue) */
  setValue(value: string | number | GlideDateTime): void;
  getNumericValue(): number;
  add(ms: number): void;
  addSeconds(seconds: number): void;
  getDisplayValue(): string;
  before(other: GlideDateTime): boolean;
  after(other: GlideDateTime): boolean;
  compareTo(other: GlideDateTime): number;
  toString(): string;
}
declare var GlideDateTime: { new (value?: string | GlideDateTime): GlideDateTime };

interface GlideSystem {
  getProperty(name: string, defaultValue?: any): string;
  setProperty(name: string, value: string, description?: string): void;
  info(message: string, ...params: any[]): void;
  warn(message: string, ...params: any[]): void;
  error(message: string, ...params: any[]): void;
  debug(message: string, ...params: any[]): void;
  eventQueue(name: string, record: GlideRecord | null, parm1?: string, parm2?: string, queue?: string): void;
  /** queues the event to be processed at `when` (scoped GlideSystem) */
  eventQueueScheduled(name: string, record: GlideRecord | null, parm1: string, parm2: string, when: GlideDateTime): void;
  nowDateTime(): string;
  generateGUID(): string;
  getUserID(): string;
  getUserName(): string;
  getUserDisplayName(): string;
  addInfoMessage(message: string): void;
  hasRole(role: string): boolean;
  /** the running script's scope (gs.getCurrentApplicationId is left out on purpose: it is the Application Picker's
   * choice, 'global' for REST callers, jobs and events, never the running script's app) */
  getCurrentScopeName(): string;
  getSession(): GlideSession;
  nil(value: any): boolean;
}
declare var gs: GlideSystem;

/** GlideSession - Scoped (the parts the app uses) */
interface GlideSession {
  /** a value kept in the session, which the scripts running later in the same transaction read back */
  putClientData(name: string, value: string): void;
  getClientData(name: string): string | null;
}

/** The scripted REST request as the platform hands it to a route script. `body.data` is left out on purpose: it is the
 * platform's own parse, with no nesting bound the app controls (a Rhino-based engine dies of a StackOverflowError on a
 * body nested some thousands of levels deep); the app reads `dataString` and parses it through core/jsonNesting. */
interface RESTAPIRequest {
  body: { dataString: string };
  pathParams: { [name: string]: string };
  queryParams: { [name: string]: string[] };
  headers: { [name: string]: string };
  uri: string;
  url: string;
  getHeader(name: string): string;
}

interface RESTAPIResponse {
  setStatus(status: number): void;
  setBody(body: any): void;
  setHeader(name: string, value: string): void;
  setContentType(type: string): void;
  setError(error: ServiceError): void;
  /** writes the body directly (binary content): set status and content type first, neither can change after */
  getStreamWriter(): RESTAPIResponseStream;
}

/** RESTAPIResponseStream - Scoped (c_ScriptableServiceRespStreamWriter.md) */
interface RESTAPIResponseStream {
  /** an input stream, e.g. GlideSysAttachment.getContentStream(sysId) */
  writeStream(stream: any): void;
  writeString(data: string): void;
}

/** sn_ws_err, the error objects a scripted REST route hands to response.setError(): ServiceError carries any status
 * (with message and detail, answered as the platform's error JSON); the typed errors fix their status and take the
 * message. Only the ones the app uses are declared. */
interface ServiceError {
  setStatus(status: number): void;
  setMessage(message: string): void;
  setDetail(detail: string): void;
}
declare var sn_ws_err: {
  ServiceError: { new (): ServiceError };
  BadRequestError: { new (message: string): ServiceError };
  NotFoundError: { new (message: string): ServiceError };
};
