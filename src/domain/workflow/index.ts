export * from './assessment';
export * from './codes';
export * from './deadline-settings';
export * from './deadlines';
export * from './due';
export * from './follow-up';
export * from './status-machine';
export * from './statuses';
