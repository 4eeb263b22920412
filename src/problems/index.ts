export * from './catalogue.js';
export * from './problem.js';
export * from './did-you-mean.js';
export * from './format-problems.js';
export * from './problem-table.js';
export * from './github-annotations.js';
