export * from './report-quarter.js';
