// The installed application's own record (sys_app), read at run time so the version reported is the one installed.
// Found by the running script's scope, never through gs.getCurrentApplicationId(): that is the Application
// Picker's choice ("Gets the ID of the current application as set using the Application Picker",
// c_GlideSystemScopedAPI.md), which is 'global' for REST callers, jobs and events.

export interface AppInfo {
  name: string;
  scope: string;
  version: string;
  /** false when the record says inactive, or cannot be read */
  active: boolean;
}

export function currentApp(): AppInfo {
  var scope = gs.getCurrentScopeName();
  var app = new GlideRecord('sys_app');
  if (app.get('scope', scope)) {
    var active = app.getValue('active');
    return { name: app.getValue('name') || '', scope: app.getValue('scope') || '', version: app.getValue('version') || '', active: active === null || active === '1' || active === 'true' };
  }
  return { name: '', scope: scope, version: '', active: false };
}
