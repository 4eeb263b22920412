export * from './problem.js';
export * from './did-you-mean.js';
export * from './format-problems.js';
export * from './github-annotations.js';
