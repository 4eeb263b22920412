export * from './carry-forward-section.js';
export * from './choose-source-quarter.js';
export * from './choose-sources.js';
export * from './narrative-stub.js';
export * from './plan-new-quarter.js';
