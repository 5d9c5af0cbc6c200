export { UPDATE_FEED_URL, type OfferedRelease } from './feed';
export { decideUpdate, type UpdateDecision } from './decide';
export { createUpdateChecker, type UpdateChecker, type UpdateSource } from './checker';
