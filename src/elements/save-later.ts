/**
 * Everything a page that saves loads only when it is needed (./save-notice.ts): the code that writes saved
 * work, and the notice that says when saving went wrong. One module, so a page asks for it once.
 */
export { WorkSession } from '../lib/work-session';
export { renderNotice } from './save-notice-view';
