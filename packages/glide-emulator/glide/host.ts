// The seam between the emulator's database side (GlideRecord, gs, attachments) and its service side
// (GlideDateTime, RESTMessageV2, scripted REST objects, crypto, OAuth): service classes receive a Host instead of
// reaching into the database, so each side can be tested alone.
import { HttpRequest, HttpTransport } from './contract';

export interface Host {
  /** milliseconds since epoch, from the instance's clock */
  now(): number;
  transport(): HttpTransport;
  /** every outbound request is appended here (the tests' and benchmarks' record of what was sent) */
  recordRequest(request: HttpRequest): void;
  log(level: string, message: string, source?: string): void;
  /** a stored row (values as strings), or null: used for auth profiles, OAuth profiles, attachments */
  lookup(table: string, sysId: string): { [field: string]: string } | null;
  /** first row matching field=value, or null */
  lookupBy(table: string, field: string, value: string): { [field: string]: string } | null;
  insert(table: string, values: { [field: string]: string }): string;
  userName(): string;
  /** Attach bytes (base64) to a record, as GlideSysAttachment.writeBase64 does; returns the sys_attachment sys_id. */
  writeAttachment(table: string, sysId: string, fileName: string, contentType: string, base64: string): string;
  /** An attachment's bytes as base64, or null when there is no such attachment. */
  readAttachment(attachmentSysId: string): string | null;
}
