// Script includes as every server script sees them: on an instance a name such as `OutboxCapture` resolves, on first
// use, to the include of that name, running the include's installed script text. Here, when a script is evaluated,
// the installed includes its text names are run first and handed to it as variables, each include's own references
// resolved the same way before it. They are run afresh for every evaluation, as include state does not outlive a
// transaction. Business rules, script actions, scheduled jobs and REST routes all go through this one mechanism.

// Visibility follows the scope: a script sees by its plain name an include of its own scope (and a global one); an
// include of another scope is reached on an instance only by its scoped name (x_app.Name) and only when its
// "Accessible from" is all application scopes, which the app's includes are not asked to be: the emulator resolves
// plain names only, so a global script (a platform rule, a customer's rule) never gets the app's includes.
// Each include's own script runs as a script of its scope.

/** What the resolver needs of an installed include (packages/glide-emulator/loader's ScriptIncludeDefinition has it). */
export interface InstalledInclude {
  name: string;
  script: string;
  active: boolean;
  /** the include's application scope (name); default global */
  scope?: string;
}

export interface IncludeResolver {
  /** the active includes `script` (running in `scope`) refers to by name, not shadowed by `exclude`, ready to pass
   * as variables */
  varsFor(script: string, exclude: { [name: string]: any }, scope: string): { [name: string]: any };
  /** Test seam: from now on the name resolves to `value` (a test double) instead of the installed include. */
  replace(name: string, value: any): void;
}

/** `evaluate` runs script text with variables as a script of `scope` and returns its value, without resolving
 * includes itself. */
export function createIncludeResolver(
  evaluate: (script: string, vars: { [name: string]: any }, scope: string) => any,
  installed: InstalledInclude[]
): IncludeResolver {
  var byName: { [name: string]: InstalledInclude } = {};
  var replaced: { [name: string]: any } = {};
  var patterns: { [name: string]: RegExp } = {};
  for (var i = 0; i < installed.length; i++) {
    if (!installed[i].active) continue;
    byName[installed[i].name] = installed[i];
    patterns[installed[i].name] = new RegExp('(^|[^A-Za-z0-9_$.])' + installed[i].name + '(?![A-Za-z0-9_$])');
  }

  function scopeOf(include: InstalledInclude): string {
    return include.scope || 'global';
  }

  /** what each script text (as run in each scope) names, found once: an instance looks an include up by name when
   * the script reaches it, and does not read the script again at every run; scanning every text for every include
   * name at every evaluation was most of a dispatcher run's time in Rhino. Keyed by the text itself (scripts run
   * again are the same string), per scope. */
  var scanned: { [scope: string]: { [text: string]: string[] } } = {};

  /** includes named in `text` that a script of `scope` sees by plain name (`self` left out) */
  function referencedBy(text: string, self: string, scope: string): string[] {
    var byText = Object.prototype.hasOwnProperty.call(scanned, scope) ? scanned[scope] : (scanned[scope] = {});
    var names = Object.prototype.hasOwnProperty.call(byText, text) ? byText[text] : null;
    if (!names) {
      names = [];
      for (var name in patterns) {
        if (!Object.prototype.hasOwnProperty.call(patterns, name)) continue;
        var own = scopeOf(byName[name]);
        if ((own === scope || own === 'global') && patterns[name].test(text)) names.push(name);
      }
      byText[text] = names;
    }
    if (!self) return names;
    var others: string[] = [];
    for (var i = 0; i < names.length; i++) if (names[i] !== self) others.push(names[i]);
    return others;
  }

  return {
    varsFor: function (script: string, exclude: { [name: string]: any }, scope: string) {
      var resolved: { [name: string]: any } = {};
      var loading: { [name: string]: boolean } = {};
      function resolve(name: string): any {
        if (Object.prototype.hasOwnProperty.call(replaced, name)) return replaced[name];
        if (Object.prototype.hasOwnProperty.call(resolved, name)) return resolved[name];
        if (loading[name]) throw new Error('Script include ' + name + ' refers to itself while it loads (circular include)');
        loading[name] = true;
        var include = byName[name];
        var deps: { [name: string]: any } = {};
        var names = referencedBy(include.script, name, scopeOf(include));
        for (var d = 0; d < names.length; d++) deps[names[d]] = resolve(names[d]);
        resolved[name] = evaluate(include.script + '\nreturn ' + name + ';', deps, scopeOf(include));
        loading[name] = false;
        return resolved[name];
      }
      var vars: { [name: string]: any } = {};
      var used = referencedBy(script, '', scope);
      for (var u = 0; u < used.length; u++) {
        if (!Object.prototype.hasOwnProperty.call(exclude, used[u])) vars[used[u]] = resolve(used[u]);
      }
      return vars;
    },
    replace: function (name: string, value: any) {
      if (!byName[name]) throw new Error('No installed script include named ' + name);
      replaced[name] = value;
    },
  };
}
