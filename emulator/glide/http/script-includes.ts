// Script includes as a route script sees them: on an instance a name such as `HealthApi` resolves, on first use, to
// the include of that name, running the include's installed script text. Here the includes a script names are run
// before it and handed to it as variables (instance.evaluate's vars), each include's own references resolved the
// same way first. They are run afresh for every request, as include state does not outlive a transaction.
import type { Instance } from '../contract';
import type { ScriptIncludeDefinition } from '../../loader/types';

export interface IncludeResolver {
  /** the active includes `script` refers to, by name, ready to pass as variables */
  varsFor(script: string): { [name: string]: any };
}

export function createIncludeResolver(instance: Instance, includes: ScriptIncludeDefinition[]): IncludeResolver {
  var byName: { [name: string]: ScriptIncludeDefinition } = {};
  var patterns: { [name: string]: RegExp } = {};
  for (var i = 0; i < includes.length; i++) {
    if (!includes[i].active) continue;
    byName[includes[i].name] = includes[i];
    patterns[includes[i].name] = new RegExp('(^|[^A-Za-z0-9_$.])' + includes[i].name + '(?![A-Za-z0-9_$])');
  }

  function referencedBy(text: string, self: string): string[] {
    var names: string[] = [];
    for (var name in patterns) {
      if (Object.prototype.hasOwnProperty.call(patterns, name) && name !== self && patterns[name].test(text)) names.push(name);
    }
    return names;
  }

  return {
    varsFor: function (script: string) {
      var resolved: { [name: string]: any } = {};
      var loading: { [name: string]: boolean } = {};
      function resolve(name: string): any {
        if (Object.prototype.hasOwnProperty.call(resolved, name)) return resolved[name];
        if (loading[name]) throw new Error('Script include ' + name + ' refers to itself while it loads (circular include)');
        loading[name] = true;
        var include = byName[name];
        var deps: { [name: string]: any } = {};
        var names = referencedBy(include.script, name);
        for (var d = 0; d < names.length; d++) deps[names[d]] = resolve(names[d]);
        resolved[name] = instance.evaluate(include.script + '\nreturn ' + name + ';', deps);
        loading[name] = false;
        return resolved[name];
      }
      var vars: { [name: string]: any } = {};
      var used = referencedBy(script, '');
      for (var u = 0; u < used.length; u++) vars[used[u]] = resolve(used[u]);
      return vars;
    },
  };
}
