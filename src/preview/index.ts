export * from './start-preview.js';
export * from './watch-validate.js';
