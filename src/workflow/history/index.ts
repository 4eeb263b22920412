export * from './report-history.js';
export * from './history-json.js';
export * from './history-csv.js';
export * from './history-text.js';
export * from './in-progress.js';
