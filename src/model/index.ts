export * from './report-quarter.js';
export * from './quarter-history.js';
