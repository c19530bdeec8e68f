export { parseRegistryFile } from './parse-registry-file.js';
export { writeRegistryFile } from './write-registry-file.js';
export { templateFile, type TemplateOptions } from './template-file.js';
export { DEFAULT_LIMITS } from './file-faults.js';
export { neutraliseFormula } from './neutralise-formula.js';
export { templateFor } from './templates/index.js';
export type { ColumnSpec, RegistryTemplate } from './templates/column.js';
export type * from './types.js';
export { parseCsv } from './csv-parser.js';
