// A stateful, spec-validating Azure DevOps fake for tests and the local sandbox.
export { startAdoFake, DEFAULT_FAKE_USER } from './ado-fake';
export type { AdoFake, AdoFakeOptions, AdoFakeState, AdoFakeUser, RecordedRequest, SyncRequest, SyncResponse, ValidationFailure } from './ado-fake';
export type { AdoFieldDefinition } from './ado-fields';
export { ADO_PROCESSES } from './ado-processes';
export { adoErrors } from './ado-errors';
export type { AdoErrorBody } from './ado-errors';
export { adoFakeTransport } from './sync-transport';
export type { AdoProcessDefinition, AdoProcessName } from './ado-processes';
export type { FaultMode, FaultRule } from './fault-injector';
export type { HookEventType, HookPayload } from './hook-payloads';
export type { RateLimitConfig } from './rate-limiter';
export type { HookDelivery, HookSubscription, HookSubscriptionInput } from './service-hooks';
