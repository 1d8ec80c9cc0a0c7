/** The one module shared by worker, widget and console: wire frames and data shapes. */
export * from './brief';
export * from './closeCodes';
export * from './frames';
export * from './limits';
export * from './model';
export * from './rest';
export * from './routing';
