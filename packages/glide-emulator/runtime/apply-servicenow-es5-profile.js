// Removes from a global object every built-in the ServiceNow-ES5 profile (servicenow-es5-profile.json) lists, so a
// script that relies on a newer engine fails in Rhino and in a Node vm context as it would on an instance.
// Plain ES5 that runs INSIDE the engine (Rhino or the vm context): the engines load this file as a function body and
// take `applyServiceNowEs5Profile` from it, so nothing here becomes a global the scripts could see.
//
// profile: the parsed JSON. Returns what happened, for the engine's start-up report:
//   removed:     paths that existed and are gone
//   undeletable: paths that exist and could not be deleted (non-configurable); they stay readable by scripts
function applyServiceNowEs5Profile(global, profile) {
  var hasOwn = Object.prototype.hasOwnProperty;
  // Grouped by depth and taken deepest first: members before their owners ('Map.prototype.x' must go before 'Map'
  // makes it unreachable). Buckets rather than a sort: this runs before every job, and a comparator sort costs
  // milliseconds in Rhino's interpreter.
  var byDepth = [];
  var group;
  var i;
  for (group in profile.remove) {
    if (hasOwn.call(profile.remove, group)) {
      for (i = 0; i < profile.remove[group].length; i++) {
        var parts = profile.remove[group][i].split('.');
        (byDepth[parts.length] = byDepth[parts.length] || []).push({ path: profile.remove[group][i], parts: parts });
      }
    }
  }
  var entries = [];
  for (i = byDepth.length - 1; i > 0; i--) {
    entries = entries.concat(byDepth[i] || []);
  }

  var removed = [];
  var undeletable = [];
  for (i = 0; i < entries.length; i++) {
    var owner = global;
    var path = entries[i].parts;
    for (var j = 0; j < path.length - 1 && owner !== undefined && owner !== null; j++) {
      owner = owner[path[j]];
    }
    var key = path[path.length - 1];
    if (owner === undefined || owner === null || !hasOwn.call(owner, key)) {
      continue;
    }
    delete owner[key];
    if (hasOwn.call(owner, key)) {
      undeletable.push(entries[i].path);
    } else {
      removed.push(entries[i].path);
    }
  }
  return { removed: removed, undeletable: undeletable };
}
