export * from './scale.js';
export * from './percentages.js';
export * from './tally.js';
export * from './compare-actions.js';
export * from './attention.js';
export * from './summarise.js';
