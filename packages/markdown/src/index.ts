export * from './markdown';
export * from './readability';
