// Jest setup of every tier (jest.config.js): while `npm test` audits secrets (INCB_SECRET_AUDIT_DIR), the emulator
// this test file imports reports to a spool file of its own (packages/glide-emulator/glide/secret-audit.ts), with the app's tables
// from test/audit/audited-tables.json (scripts/test.mjs). Engines the file
// starts spool for themselves (rhino-driver.js, vm-context.cjs).
import { setSecretAuditSink } from '@incb/glide-emulator';

const { openSecretAuditSpool } = require('@incb/glide-emulator/secret-audit-spool');

const spool = openSecretAuditSpool('in-process');
if (spool) {
  setSecretAuditSink(spool.append, spool.tables);
  afterAll(() => spool.close());
}
