export * from './config-file.js';
export * from './find-settings.js';
