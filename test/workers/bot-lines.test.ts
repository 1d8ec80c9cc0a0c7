import { describe, expect, it } from 'vitest';
import { composeKbAnswer, forUpsetVisitor } from '../../worker/bot/kbAnswer';
import type { Retrieval } from '../../worker/bot/types';
import { isPersonChoice, LINE_LANGUAGES, type Lines, linesFor } from '../../worker/lines';
import {
  type AgentRecord,
  BusinessHours,
  describeOpening,
  describeWait,
  emptyRoutingState,
  fallbackFor,
} from '../../worker/routing/core';
import { assessMessage, initialTriageState } from '../../worker/triage';

// The bot's own lines (knowledge-base mode, handoffs, fallbacks) in the visitor's language.

const NOW = new Date('2026-03-04T10:00:00Z');
const assess = (text: string) =>
  assessMessage(initialTriageState, { text, contact: { attributes: {} }, now: NOW, rules: [] }).decision;

const nothing: Retrieval = { confidence: 0.05, passages: [] };
const middling: Retrieval = {
  confidence: 0.35,
  passages: [
    {
      chunkId: 'c1',
      documentId: 'd1',
      title: 'Returns',
      url: null,
      heading: null,
      text: 'Items can be returned within 30 days of delivery.',
      score: 1,
    },
  ],
};

/** The lines that are whole sentences, in a fixed order (so two languages' line up). */
const sentences = (l: Lines) => [
  l.noAnswer,
  l.unsureRelated,
  l.whichOne,
  l.alternatives,
  l.upsetApology,
  l.personComing,
  l.stillWaiting,
  l.personOffer,
  l.sorry,
  l.keepHelping,
  l.fallbackChoices,
  l.offline,
  l.nobodyOnline,
  l.searching,
  ...Object.values(l.handoffBecause),
];

describe('the bot speaks the conversation language', () => {
  it('picks the lines by the base language, and English for any other', () => {
    expect(linesFor('fr').noAnswer).toMatch(/^Désolé/);
    expect(linesFor('pt-BR').talkToPerson.label).toBe('Falar com uma pessoa');
    expect(linesFor('ja').talkToPerson.value).toBe('オペレーターと話したいです。');
    expect(linesFor('zh-CN').notIt.label).toBe('没有帮助');
    // A browser's Norwegian ("nb-NO") is triage's "no".
    expect(linesFor('nb-NO')).toBe(linesFor('no'));
    // Greek: triage detects it, but has no word lists for it, and so no lines.
    expect(linesFor('lt')).toBe(linesFor('en'));
    expect(linesFor('fil-PH')).toBe(linesFor('tl'));
    expect(linesFor(null)).toBe(linesFor('en'));
    // (a name every object has is no language)
    expect(linesFor('constructor')).toBe(linesFor('en'));
    expect([...LINE_LANGUAGES].sort()).toEqual(
      'ar bg cs da de el en es fa fi fr he hi hr hu id it ja ko nl no pl pt ro ru sk sv th tl tr uk vi zh'.split(
        ' ',
      ),
    );
    // Each table's locale is one Intl knows (weekdays and language names are written in it).
    for (const lang of LINE_LANGUAGES)
      expect(Intl.DateTimeFormat.supportedLocalesOf([linesFor(lang).locale]), lang).toHaveLength(1);
  });

  it('has every tap read as what it says: a request for a person, an answer that missed', () => {
    for (const lang of LINE_LANGUAGES) {
      const lines = linesFor(lang);
      const person = assess(lines.talkToPerson.value);
      expect(person.reason, lang).toBe('human_request');
      // (and it keeps the conversation in its language)
      expect(person.language, lang).toBe(lang);
      const missed = assess(lines.notIt.value);
      expect(missed.reason, lang).toBe('intent_gap');
      expect(missed.evidence[0], lang).toMatch(/didn't help/);
    }
  });

  it('says it does not know, hedges and offers a person in the visitor language', () => {
    const fr = linesFor('fr');
    const none = composeKbAnswer('Vendez-vous des pièces détachées ?', nothing, fr);
    expect(none.text).toBe(fr.noAnswer);
    expect(none.options).toEqual([fr.talkToPerson]);
    const hedged = composeKbAnswer('Puis-je retourner un article ?', middling, fr);
    expect(hedged.text).toMatch(/^Je pense que votre question porte sur ceci :/);
    expect(hedged.text).toContain('Items can be returned within 30 days');
    expect(hedged.text).toContain('Pour en savoir plus : Returns.');
    expect(hedged.options?.map((o) => o.label)).toEqual(['Ça ne m’a pas aidé', 'Parler à une personne']);
    // English stays the default for callers that name no language.
    expect(composeKbAnswer('Do you sell spare parts?', nothing).text).toBe(linesFor('en').noAnswer);
  });

  it('knows its person choice in any language, so an upset visitor gets it once', () => {
    const de = linesFor('de');
    const answered = composeKbAnswer('Kann ich einen Artikel zurückgeben?', middling, de);
    const upset = forUpsetVisitor(answered, de);
    expect(upset?.options?.filter(isPersonChoice)).toEqual([de.talkToPerson]);
    expect(forUpsetVisitor({ text: 'x', citations: [], options: [] }, de)?.options).toEqual([
      de.talkToPerson,
    ]);
  });

  it('writes every line in each language, none left in English', () => {
    const english = sentences(linesFor('en'));
    for (const lang of LINE_LANGUAGES.filter((l) => l !== 'en')) {
      const said = sentences(linesFor(lang));
      said.forEach((s, i) => {
        expect(s.length, `${lang} ${i}`).toBeGreaterThan(5);
        expect(s, `${lang} ${i}`).not.toBe(english[i]);
        // The visitor's language is what triage reads it as, too.
        expect(assess(s).language, `${lang}: ${s}`).toBe(lang);
      });
    }
  });
});

describe('opening times, waits and language names in the visitor language', () => {
  const utc = (d: number, h = 9) => Date.UTC(2026, 2, d, h); // March 2026; the 4th is a Wednesday
  const now = utc(4, 10);
  const opening = (lang: string, d: number, h = 9) => describeOpening('UTC', utc(d, h), now, linesFor(lang));
  const wait = (lang: string, minutes: number) => describeWait(minutes * 60, linesFor(lang));

  it('puts the weekday in the case the sentence needs', () => {
    // Russian, Ukrainian, Polish, Czech: the accusative after "в", "у", "w", "v" (and "во вторник").
    expect(opening('ru', 6)).toBe('в пятницу в 09:00');
    expect(opening('ru', 10)).toBe('во вторник в 09:00');
    expect(opening('ru', 9)).toBe('в понедельник в 09:00');
    expect(opening('ru', 11)).toBe('в среду, 11 марта, в 09:00');
    expect(opening('ru', 4, 14)).toBe('сегодня в 14:00');
    expect(opening('ru', 5)).toBe('завтра в 09:00');
    expect(opening('uk', 6)).toBe('в пʼятницю о 09:00');
    expect(opening('uk', 10)).toBe('у вівторок о 09:00');
    expect(opening('pl', 7)).toBe('w sobotę o 09:00');
    expect(opening('pl', 10)).toBe('we wtorek o 09:00');
    expect(opening('pl', 11)).toBe('w środę, 11 marca, o 09:00');
    expect(opening('cs', 8)).toBe('v neděli v 09:00');
    expect(opening('cs', 11)).toBe('ve středu 11. března v 09:00');
    // Finnish: the essive.
    expect(opening('fi', 9)).toBe('maanantaina klo 09:00');
    expect(opening('sv', 9)).toBe('på måndag kl. 09:00');
    expect(opening('tr', 9)).toBe('Pazartesi saat 09:00');
    expect(opening('ja', 9)).toBe('月曜日の09:00');
    expect(opening('ko', 9)).toBe('월요일 09:00');
  });

  it('counts minutes and hours with the plural the number takes', () => {
    expect(wait('ru', 21)).toBe('около 21 минуты');
    expect(wait('ru', 25)).toBe('около 25 минут');
    expect(wait('ru', 100)).toBe('около 2 часов');
    expect(wait('ru', 21 * 60)).toBe('около 21 часа');
    expect(wait('uk', 21)).toBe('близько 21 хвилини');
    expect(wait('uk', 3)).toBe('близько 3 хвилин');
    expect(wait('pl', 22)).toBe('około 22 minut');
    expect(wait('cs', 3)).toBe('asi 3 minuty');
    expect(wait('cs', 5)).toBe('asi 5 minut');
    expect(wait('cs', 3 * 60)).toBe('asi 3 hodiny');
    expect(wait('ro', 19)).toBe('aproximativ 19 minute');
    expect(wait('ro', 20)).toBe('aproximativ 20 de minute');
    expect(wait('ar', 2)).toBe('حوالي دقيقتين');
    expect(wait('ar', 5)).toBe('حوالي 5 دقائق');
    expect(wait('ar', 25)).toBe('حوالي 25 دقيقة');
    expect(wait('fi', 25)).toBe('noin 25 minuuttia');
    expect(wait('ja', 25)).toBe('約25分');
    expect(linesFor('ru').longWait(wait('ru', 25))).toBe('Сейчас время ожидания — около 25 минут.');
    expect(linesFor('ko').longWait(wait('ko', 0.5))).toBe('현재 예상 대기 시간은 1분 미만이에요.');
  });

  it('tells the visitor when the team is back, and who is missing, in their language', () => {
    const hours = BusinessHours.parse({
      timezone: 'Europe/Moscow',
      weekly: Object.fromEntries(
        ['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [{ open: '09:00', close: '18:00' }]]),
      ),
    });
    const saturday = Date.UTC(2026, 2, 7, 12);
    const agent = (o: Partial<AgentRecord>): AgentRecord => ({
      agentId: 'a',
      name: 'a',
      status: 'online',
      connected: true,
      disconnectedAt: null,
      departments: [],
      languages: ['en'],
      capacity: 1,
      active: [],
      idleSince: 0,
      ...o,
    });
    const staffed = { ...emptyRoutingState(), agents: { a: agent({}) } };
    const ru = { conversationId: 'c1', language: 'ru' };
    expect(fallbackFor({ hours, now: saturday, state: staffed, item: ru })?.message).toBe(
      'Сейчас наша команда не в сети — мы вернёмся в понедельник в 09:00 (Europe/Moscow).',
    );
    const open = Date.UTC(2026, 2, 9, 10);
    // The language named in the visitor's own, in a form the sentence takes.
    const speaks = (language: string) =>
      fallbackFor({ hours: null, now: open, state: staffed, item: { conversationId: 'c2', language } })
        ?.message;
    expect(speaks('ru')).toBe('Сейчас в сети нет сотрудников, говорящих на русском.');
    expect(speaks('uk')).toBe('Зараз у мережі немає співробітників, які розмовляють українською.');
    expect(speaks('cs')).toBe('Momentálně není k dispozici nikdo, kdo ovládá češtinu.');
    expect(speaks('fi')).toBe('Juuri nyt paikalla ei ole ketään, joka puhuu suomea.');
    expect(speaks('pl')).toBe('Obecnie nie jest dostępny nikt, kto zna język polski.');
    expect(speaks('ja')).toBe('現在、日本語に対応できる担当者がいません。');
    expect(linesFor('ru').nobodySpeaks('хинди')).toBe(
      'Сейчас в сети нет сотрудников, говорящих на языке: хинди.',
    );
    expect(linesFor('fi').nobodySpeaks('venäjä')).toMatch(/puhuu venäjää\.$/);
    const billing = { ...emptyRoutingState(), agents: { a: agent({ departments: ['sales'] }) } };
    expect(
      fallbackFor({
        hours: null,
        now: open,
        state: billing,
        item: { conversationId: 'c3', language: 'fi', department: 'Billing' },
      })?.message,
    ).toBe('Juuri nyt Billing-osastolta ei ole ketään paikalla.');
  });
});
