// The script engines' public surface, for the Rhino test tier and the sandbox (`--engine rhino|node`).
import { RhinoEngine, RhinoEngineOptions } from './rhino-engine';
import { ScriptEngine } from './script-engine';
import { VmEngine } from './vm-engine';

export * from './script-engine';
export { RhinoEngine, rhinoAvailability } from './rhino-engine';
export type { RhinoEngineOptions } from './rhino-engine';
export { VmEngine } from './vm-engine';

export function createScriptEngine(kind: 'rhino' | 'node', options: RhinoEngineOptions): ScriptEngine {
  return kind === 'rhino' ? new RhinoEngine(options) : new VmEngine(options);
}
