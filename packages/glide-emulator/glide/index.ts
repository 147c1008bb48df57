// The Glide emulator's entry point (also the global `GlideEmulator` of dist/emulator/glide.js in the engines):
//   createInstance(options)         an empty instance with the base platform tables
//   createAppInstance(app, options) the same with a built app (packages/glide-emulator/loader's LoadedApp) installed into it
//   createInstanceHttp(instance, app) the instance's REST surface (Table, Attachment, the app's scripted REST APIs)
//   setSecretAuditSink(sink)        where this copy of the emulator reports secrets and readable rows (secret-audit.ts)
// The service side (GlideDateTime, sn_ws, sn_auth...) comes from ./services.
import { Instance, InstanceOptions } from './contract';
import { buildInstance } from './instance';
import { createServices } from './services/index';
import { createAppInstance } from './install/install-app';
import { createInstanceHttp } from './http/instance-http';
import { createSession } from './session/session';
import { setSecretAuditSink } from './secret-audit';
import { LoadedApp } from '../loader/types';

function createInstance(options?: InstanceOptions): Instance {
  return buildInstance(options || {}, createServices);
}

var GlideEmulator = {
  createInstance: createInstance,
  createAppInstance: function (app: LoadedApp, options?: InstanceOptions): Instance {
    return createAppInstance(createInstance, app, options);
  },
  createInstanceHttp: createInstanceHttp,
  createSession: createSession,
  setSecretAuditSink: setSecretAuditSink,
};

export default GlideEmulator;
