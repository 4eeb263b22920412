export * from './new-quarter/index.js';
export * from './history/index.js';
export * from './init/index.js';
