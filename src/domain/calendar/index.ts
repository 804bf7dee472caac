export * from './codes';
export * from './dates';
export * from './overrides';
export * from './statutory';
export * from './work-calendar';
export * from './zone';
