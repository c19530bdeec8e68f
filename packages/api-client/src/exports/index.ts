// Lists as files: what a portal page shows, paged through the API, written as .xlsx or CSV.
export { listExportResponse } from './list-export.js';
export { FOLLOW_UP_COLUMNS, HAZARD_COLUMNS, SANCTION_COLUMNS } from './outcome-columns.js';
