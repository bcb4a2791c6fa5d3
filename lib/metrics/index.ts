export * from './compute';
export * from './format';
export * from './rollup';
export * from './tally';
export * from './daily';
export * from './gray-launch';
export * from './unanswered';
