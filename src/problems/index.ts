export * from './problem.js';
export * from './did-you-mean.js';
export * from './format-problems.js';
