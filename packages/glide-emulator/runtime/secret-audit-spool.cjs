// Node side (CommonJS, so vm-context.cjs can require it as well as the Jest setup): the spool file one copy of the
// emulator appends its secret audit lines to (glide/secret-audit.ts), or null when INCB_SECRET_AUDIT_DIR
// is unset. rhino-driver.js does the same in Java. The file name says where the lines come from, as
//   <origin>-<engine>-<pid>-<random>.jsonl
// origin: INCB_SECRET_AUDIT_ORIGIN ('jest' from scripts/test.mjs, 'sandbox' in a sandbox process, see cli.ts);
// engine: 'in-process' (Jest's own copy), 'vm' or 'rhino'. The file is opened on the first line, so a copy that
// stores nothing leaves none, and every line is one write on an O_APPEND descriptor: nothing is lost when a
// process is killed. `tables` are the rows people read that the emulator reports, the app's choice, from
// INCB_SECRET_AUDIT_TABLES (JSON: glide/secret-audit.ts's SecretAuditTables); a spool without them is refused.
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

function openSecretAuditSpool(engine) {
  const dir = process.env.INCB_SECRET_AUDIT_DIR;
  if (!dir) return null;
  const tablesText = process.env.INCB_SECRET_AUDIT_TABLES;
  if (!tablesText) throw new Error('INCB_SECRET_AUDIT_DIR is set without INCB_SECRET_AUDIT_TABLES (the rows people read, as JSON)');
  const tables = JSON.parse(tablesText);
  const origin = process.env.INCB_SECRET_AUDIT_ORIGIN || 'unknown';
  const file = path.join(dir, `${origin}-${engine}-${process.pid}-${crypto.randomBytes(4).toString('hex')}.jsonl`);
  let fd = null;
  return {
    tables,
    append(line) {
      if (fd === null) {
        fs.mkdirSync(dir, { recursive: true });
        fd = fs.openSync(file, 'a');
      }
      fs.writeSync(fd, line + '\n');
    },
    close() {
      if (fd !== null) fs.closeSync(fd);
      fd = null;
    },
  };
}

module.exports = { openSecretAuditSpool };
