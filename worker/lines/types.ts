import type { QuickReply } from '../protocol';

/**
 * Everything the bot and the conversation say to a visitor on their own (without a model), in
 * one language. A model words its own answers; these are the fixed lines around them.
 */
export interface Lines {
  /** BCP 47 tag for Intl (weekday and language names). */
  locale: string;
  /** The one-tap way to a person; its value is sent as the visitor's message. */
  talkToPerson: QuickReply;
  /** "That didn't help": its value tells triage the answer missed. */
  notIt: QuickReply;
  /** After an answer: where it came from. */
  moreIn: (titles: string) => string;
  /** A middling match: the answer, hedged, with a way out. */
  hedged: (body: string, sources: string) => string;
  /** Below the hedge, with related articles to look at. */
  unsureRelated: string;
  /** Below the hedge, nothing related. */
  noAnswer: string;
  /** Two articles nearly tied. */
  whichOne: string;
  /** A request for a person the knowledge base may answer at once. */
  alternatives: string;
  /** Before the first answer to a visitor upset from their first message. */
  upsetApology: string;
  /** A person was asked for and is coming. */
  personComing: string;
  /** Asked again while already waiting. */
  stillWaiting: string;
  /** The bot asks whether a person should join. */
  personOffer: string;
  /** The bot's turn failed. */
  sorry: string;
  /** Why a person is coming, by triage reason, said when triage hands off. */
  handoffBecause: Record<'frustration' | 'intent_gap' | 'complexity' | 'rule', string>;
  /** Ends every handoff line. */
  keepHelping: string;
  /** What the visitor can do when nobody can come (the widget shows the choices). */
  fallbackChoices: string;
  offline: string;
  offlineUntil: (when: string, timezone: string) => string;
  nobodyOnline: string;
  nobodyFrom: (department: string) => string;
  nobodySpeaks: (language: string) => string;
  longWait: (wait: string) => string;
  /** A wait, roughly: "less than a minute", "about 25 minutes", "about 2 hours". */
  wait: {
    underMinute: string;
    minute: string;
    minutes: (n: number) => string;
    hour: string;
    hours: (n: number) => string;
  };
  /** When the team is back; `day` is a weekday ("Monday") or a date ("Monday 13 April"). */
  opening: {
    today: (clock: string) => string;
    tomorrow: (clock: string) => string;
    on: (day: string, clock: string) => string;
  };
  /** Status while a model searches the help centre. */
  searching: string;
}
