// After a run: is any secret of the run anywhere in what the app writes for people to read? Every column of every row
// of the integration log, the outbox, the inbox and the links, and the connection's health error, searched for each
// secret as is, URL-encoded, and inside the HTTP Basic credential it travels in (base64 of ":secret").
import type { Instance } from '@incb/glide-emulator';

export interface SecretScan {
  rowsScanned: number;
  hits: Array<{ table: string; sysId: string; field: string }>;
}

const TABLES = ['x_incb_bridge_log', 'x_incb_bridge_outbox', 'x_incb_bridge_inbox', 'x_incb_bridge_link'];

export function secretForms(secrets: string[]): string[] {
  const forms: string[] = [];
  for (const secret of secrets) {
    forms.push(secret, encodeURIComponent(secret), Buffer.from(':' + secret).toString('base64'), Buffer.from(secret).toString('base64'));
  }
  return forms;
}

export function scanForSecrets(instance: Instance, secrets: string[]): SecretScan {
  const forms = secretForms(secrets);
  const scan: SecretScan = { rowsScanned: 0, hits: [] };
  const check = (table: string, row: { [field: string]: string }, fields: string[]) => {
    scan.rowsScanned++;
    for (const field of fields) {
      const value = String(row[field] || '');
      if (forms.some((form) => value.indexOf(form) >= 0)) scan.hits.push({ table, sysId: row.sys_id, field });
    }
  };
  for (const table of TABLES) for (const row of instance.db.rows(table)) check(table, row, Object.keys(row));
  for (const row of instance.db.rows('x_incb_bridge_connection')) check('x_incb_bridge_connection', row, ['health_error']);
  return scan;
}
