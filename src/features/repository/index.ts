/** The repository feature: connect to the blog's git repository, open its posts, publish. */
export { useRepositoryDialog } from './repository-dialog';
export { useRepository } from './use-repository';
export type { Repository } from './use-repository';
export { loadLink } from './connection-store';
