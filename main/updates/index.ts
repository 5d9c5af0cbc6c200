export { UPDATE_FEED_URL, channelFile, readUpdateFeed, UpdateFeedError, type UpdateInfo } from './feed';
export { decideUpdate, type UpdateDecision } from './decide';
