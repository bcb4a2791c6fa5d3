export * from './check';
export { DEFAULT_PATTERNS, type ComplianceCategory } from './defaults';
