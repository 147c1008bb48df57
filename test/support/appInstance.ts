// The built app (dist/app, what would be installed) installed into a fresh emulated instance whose globals are
// installed on Node's global object, so the app's TypeScript source runs against it as it would on an instance.
import GlideEmulator from '@incb/glide-emulator';
import { Instance, InstanceOptions } from '@incb/glide-emulator';
import { LoadedApp } from '@incb/glide-emulator/loader';
import { loadBuiltApp } from './builtApp';

let loaded: LoadedApp | undefined;

export function builtApp(): LoadedApp {
  if (!loaded) loaded = loadBuiltApp();
  return loaded;
}

export function appInstance(options?: InstanceOptions): Instance {
  const instance = GlideEmulator.createAppInstance(builtApp(), options);
  instance.install(global);
  appInstance.current = instance;
  return instance;
}
appInstance.current = undefined as Instance | undefined;
