// Public surface of the loader: loadApp and the shapes it returns.
export { loadApp, LoadOptions } from './load-app';
export * from './types';
