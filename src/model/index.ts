export * from './report-quarter.js';
export * from './quarter-history.js';
export * from './misses-text.js';
