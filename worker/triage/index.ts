// Triage: pure decisions about when a person is needed, why, with what priority — and the brief
// they read. No Durable Object, no I/O: state in, state and decision out.

export { assessMessage, DEFAULT_AMOUNT_THRESHOLD, MAX_ANALYSED_CHARS, WARN_SCORE } from './assess';
export { type BriefInput, buildBrief, shorten } from './brief';
export { type Entities, extractEntities } from './entities';
export { detectHumanRequest, type HumanRequest } from './humanRequest';
export {
  asksQuestion,
  botAdmitsGap,
  botAsksIfHelped,
  botRepeats,
  RECENT_BOT_REPLIES,
  saysNotHelped,
} from './intentGap';
export { type Classifier, type ClassifyInput, llmClassifier, writeBrief } from './llm';
export { listRules, loadRules, MAX_RULES_PER_WORKSPACE, type StoredRule } from './ruleStore';
export {
  AttributeCondition,
  evaluateRules,
  Rule,
  RuleActions,
  RuleConditions,
  RuleInput,
  type RuleOutcome,
  TimeCondition,
} from './rules';
export {
  type AssessInput,
  Decision,
  type ExternalSignals,
  initialTriageState,
  Priority,
  type TriageOptions,
  TriageReason,
  TriageState,
} from './types';
