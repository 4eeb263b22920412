export * from './write-files.js';
export * from './file-system-error.js';
