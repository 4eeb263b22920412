export * from './plan-import.js';
export * from './import-yaml.js';
