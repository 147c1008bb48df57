// Links to records on this instance, for what leaves it (a work item's Hyperlink back to its incident, the link to an
// outbox entry in a notification): glide.servlet.uri is the instance's own base URL (https://<name>.service-now.com/),
// else it is derived from instance_name.

export function instanceBaseUrl(): string {
  var base = String(gs.getProperty('glide.servlet.uri', '') || '');
  if (base === '') {
    var name = String(gs.getProperty('instance_name', '') || '');
    base = name ? 'https://' + name + '.service-now.com/' : '';
  }
  if (base !== '' && base.charAt(base.length - 1) !== '/') base += '/';
  return base;
}

/** The record's form: <base>/<table>.do?sys_id=<sys_id>. */
export function recordUrl(table: string, sysId: string): string {
  return instanceBaseUrl() + table + '.do?sys_id=' + sysId;
}
