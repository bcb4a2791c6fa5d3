export * from './protocol';
export * from './contract';
export * from './receive';
export * from './ask';
