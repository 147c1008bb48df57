// The installed application's own record (sys_app), read at run time so the version reported is the one installed.

export interface AppInfo {
  name: string;
  scope: string;
  version: string;
}

export function currentApp(): AppInfo {
  var app = new GlideRecord('sys_app');
  if (app.get(gs.getCurrentApplicationId())) {
    return { name: app.getValue('name') || '', scope: app.getValue('scope') || '', version: app.getValue('version') || '' };
  }
  return { name: '', scope: gs.getCurrentScopeName(), version: '' };
}
