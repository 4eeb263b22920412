export * from './model.js';
export * from './data-paths.js';
export * from './source-file.js';
export * from './load-data.js';
export * from './read-yaml-file.js';
export * from './field-name.js';
export * from './logo-file.js';
export * from './checked-file-store.js';
