// Jest setup of every tier (jest.config.js): while `npm test` audits secrets (INCB_SECRET_AUDIT_DIR), the emulator
// this test file imports reports to a spool file of its own (emulator/glide/secret-audit.ts). Engines the file
// starts spool for themselves (rhino-driver.js, vm-context.cjs).
import { setSecretAuditSink } from '../../emulator/glide/secret-audit';

const { openSecretAuditSpool } = require('../../emulator/runtime/secret-audit-spool.cjs');

const spool = openSecretAuditSpool('in-process');
if (spool) {
  setSecretAuditSink(spool.append);
  afterAll(() => spool.close());
}
