// Test data for this package's tests, the API's and the browser specs (`@liancha/registry-io/testing`).
export { encodeGbk, workbook, type SheetSpec } from './spreadsheet-files.js';
export { BENCH_REFERENCE, generateObjects } from './object-fixture.js';
