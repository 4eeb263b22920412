export * from './quarter.js';
