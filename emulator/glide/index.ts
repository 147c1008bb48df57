// The Glide emulator's entry point: `GlideEmulator.createInstance(options)` (also the global `GlideEmulator` of
// dist/emulator/glide.js in Rhino). The service side (GlideDateTime, sn_ws, sn_auth...) comes from ./services.
import { Instance, InstanceOptions } from './contract';
import { buildInstance } from './instance';
import { createServices } from './services/index';

var GlideEmulator = {
  createInstance: function (options?: InstanceOptions): Instance {
    return buildInstance(options || {}, createServices);
  },
};

export default GlideEmulator;
