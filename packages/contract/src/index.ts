export * from './auth';
export * from './common';
export * from './endpoint';
export * from './endpoints';
export * from './errors';
export * from './meta';
export * from './openapi';
export * from './staff';
