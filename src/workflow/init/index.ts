export * from './init-files.js';
export * from './init-conflicts.js';
