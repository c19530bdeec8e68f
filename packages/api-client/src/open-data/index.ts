// Open data: public lists as CSV and JSON files streamed page by page, and their data dictionary.
export { csvRow, dictionaryOf, jsonRow, type OpenColumn, type OpenFieldType, type OpenList } from './columns.js';
export { cappedNote, MAX_OPEN_DATA_ROWS, openDataResponse, type OpenDataFormat } from './stream-download.js';
