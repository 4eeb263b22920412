export * from './write-files.js';
