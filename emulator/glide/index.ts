const GlideEmulator = { version: '0' };
export default GlideEmulator;
