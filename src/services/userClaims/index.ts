export * from './UserClaimsService';
export * from './claimCatalog';
