export * from './notes';
export * from './lists';
export * from './userClaims';
export * from './markdownKeys';
export * from './labels';
export * from './closeMatches';
export * from './ids';
export * from './trash';
