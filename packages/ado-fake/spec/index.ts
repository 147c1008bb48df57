// Azure DevOps request validation against Microsoft's WIT 7.1 spec: the facts committed in facts/ (spec-facts.ts).
export { createAdoRequestValidator } from './request-validator';
export type { AdoRequest, AdoRequestValidator, AdoValidationResult } from './request-validator';
export { locateAdoSpecDir, ADO_SPEC_DIR_ENV } from './spec-location';
export { loadAdoWitSpec } from './wit-spec';
