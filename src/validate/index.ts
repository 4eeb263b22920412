export * from './validate-data.js';
export * from './text-fields.js';
