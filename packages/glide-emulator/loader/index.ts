// Public surface of the loader: loadApp and the shapes it returns.
export { loadApp, LoadOptions } from './load-app';
export * from './types';
// The record files of a built package, read as the loader reads them (the es5 tier's platform context uses them).
export { RecordIndex } from './record-index';
export { listXmlFiles, readRecordFile } from './xml-records';
export type { XmlRecord } from './xml-records';
