export * from './text.js';
export * from './report-file.js';
export * from './section-file.js';
export * from './counted-noun.js';
