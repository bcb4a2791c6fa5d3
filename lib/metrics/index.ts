export * from './compute';
export * from './format';
export * from './rollup';
export * from './tally';
