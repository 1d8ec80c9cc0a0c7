import { describe, expect, it } from 'vitest';
import { composeKbAnswer, forUpsetVisitor } from '../../worker/bot/kbAnswer';
import type { Retrieval } from '../../worker/bot/types';
import { isPersonChoice, LINE_LANGUAGES, linesFor } from '../../worker/lines';
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

describe('the bot speaks the conversation language', () => {
  it('picks the lines by the base language, and English for any other', () => {
    expect(linesFor('fr').noAnswer).toMatch(/^Désolé/);
    expect(linesFor('pt-BR').talkToPerson.label).toBe('Falar com uma pessoa');
    expect(linesFor('ja')).toBe(linesFor('en'));
    expect(linesFor(null)).toBe(linesFor('en'));
    expect(LINE_LANGUAGES).toEqual(expect.arrayContaining(['en', 'es', 'fr', 'de', 'pt', 'it', 'nl']));
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
    const en = linesFor('en');
    for (const lang of LINE_LANGUAGES.filter((l) => l !== 'en')) {
      const lines = linesFor(lang);
      const said = [
        lines.noAnswer,
        lines.unsureRelated,
        lines.whichOne,
        lines.alternatives,
        lines.upsetApology,
        lines.personComing,
        lines.stillWaiting,
        lines.personOffer,
        lines.sorry,
        lines.keepHelping,
        lines.fallbackChoices,
        lines.offline,
        lines.nobodyOnline,
        lines.searching,
        ...Object.values(lines.handoffBecause),
      ];
      const english = [
        en.noAnswer,
        en.unsureRelated,
        en.whichOne,
        en.alternatives,
        en.upsetApology,
        en.personComing,
        en.stillWaiting,
        en.personOffer,
        en.sorry,
        en.keepHelping,
        en.fallbackChoices,
        en.offline,
        en.nobodyOnline,
        en.searching,
        ...Object.values(en.handoffBecause),
      ];
      said.forEach((s, i) => {
        expect(s.length, `${lang} ${i}`).toBeGreaterThan(5);
        expect(s, `${lang} ${i}`).not.toBe(english[i]);
        // The visitor's language is what triage reads it as, too.
        expect(assess(s).language, `${lang}: ${s}`).toBe(lang);
      });
    }
  });
});
