export { estimateItemWaitSeconds, estimateWaitSeconds, queueInfo, queueInfos } from './eta';
export {
  describeOpening,
  describeWait,
  type FallbackInput,
  type FallbackItem,
  fallbackFor,
} from './fallback';
export {
  BusinessHours,
  fromLocal,
  isOpen,
  isTimeZone,
  localTime,
  NEXT_OPENING_HORIZON_MS,
  nextOpening,
  OpeningInterval,
} from './hours';
export { accept, claim, decline, expireOffers, nextDeadline } from './offers';
export { compareItems, orderedQueue, PRIORITY_RANK, positionOf } from './order';
export {
  type AgentProfile,
  connect,
  disconnect,
  expireGrace,
  release,
  requeueConversation,
  setStatus,
  upsertAgent,
} from './presence';
export { cancel, cancelTransfer, dispatch, enqueue } from './queue';
export {
  couldServe,
  departmentMatches,
  isEligible,
  languageMatches,
  pickAgent,
  primaryLanguage,
} from './select';
export { snapshot } from './snapshot';
export { emptyRoutingState, holderOf } from './state';
export * from './types';
