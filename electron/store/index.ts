export * from './open-database';
export * from './write';
export { usersRepo } from './users-repo';
export { auditRepo } from './audit-repo';
export { storiesRepo, toContent, bodyText } from './stories-repo';
export { revisionsRepo } from './revisions-repo';
export { searchStoryIds } from './search-repo';
