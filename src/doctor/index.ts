export * from './doctor-checks.js';
