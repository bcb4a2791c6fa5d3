export * from './database';
export * from './library';
export * from './pack-io';
export * from './settings';
export * from './events';
export * from './formats';
export * from './bin';
export * from './pack-edit';
