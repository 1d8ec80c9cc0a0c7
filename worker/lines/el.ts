import type { Lines } from './types';

const withTeam = 'θα δει ολόκληρη τη μέχρι τώρα συζήτησή μας.';

const plural = new Intl.PluralRules('el');
/** "περίπου 1 λεπτό", "περίπου 25 λεπτά". */
const about = (n: number, one: string, other: string) =>
  `περίπου ${n} ${plural.select(n) === 'one' ? one : other}`;

/** Letters before which the feminine article keeps its final ν ("την Τρίτη", but "τη Δευτέρα"). */
const KEEPS_NU = /^([αεηιουωκπτξψ]|μπ|ντ|γκ|τσ|τζ)/;

/**
 * "τη Δευτέρα", "την Τρίτη", "την Πέμπτη", "το Σάββατο", "την Κυριακή 19 Απριλίου": Intl names
 * the day on its own; the sentence puts it in the accusative with its article (the days' names
 * do not change; the feminine article drops its ν before a δ).
 */
function onDay(day: string): string {
  const [first = day, ...rest] = day.split(', ');
  const bare = first.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const article = bare.startsWith('σαββατο') ? 'το' : KEEPS_NU.test(bare) ? 'την' : 'τη';
  return rest.length ? `${article} ${first}, ${rest.join(', ')},` : `${article} ${first}`;
}

/** Language names are common nouns in Greek: "μιλά γαλλικά" (Intl may capitalise them). */
const speaking = (language: string) =>
  /^\p{L}+$/u.test(language) ? language.toLocaleLowerCase('el') : language;

export const el: Lines = {
  locale: 'el',
  talkToPerson: {
    label: 'Συνομιλία με εκπρόσωπο',
    value: 'Θέλω να μιλήσω με κάποιον από την ομάδα υποστήριξης.',
  },
  notIt: { label: 'Δεν με βοήθησε', value: 'Αυτό δεν βοήθησε.' },
  moreIn: (titles) => `Περισσότερες πληροφορίες: ${titles}.`,
  hedged: (body, sources) =>
    `Νομίζω ότι ρωτάτε για το εξής:\n\n${body}\n\n${sources} Αν δεν είναι αυτό που ψάχνετε, δοκιμάστε να διατυπώσετε την ερώτησή σας διαφορετικά ή μιλήστε με ένα μέλος της ομάδας μας.`,
  unsureRelated:
    'Ίσως δεν έχω τη σωστή απάντηση σε αυτό. Μπορείτε να διατυπώσετε την ερώτησή σας διαφορετικά, να ρίξετε μια ματιά σε αυτά τα σχετικά άρθρα ή να μιλήσετε με ένα μέλος της ομάδας μας.',
  noAnswer:
    'Λυπάμαι, δεν έχω απάντηση σε αυτό. Μπορείτε να διατυπώσετε την ερώτησή σας διαφορετικά ή να μιλήσετε με ένα μέλος της ομάδας μας.',
  whichOne: 'Σε αυτό μπορώ να σας βοηθήσω. Ποιο από τα παρακάτω θέματα αφορά η ερώτησή σας;',
  alternatives:
    'Σε αυτό μπορώ να σας βοηθήσω αμέσως, εδώ. Μήπως πρόκειται για κάποιο από τα παρακάτω; Αν όχι, θα ζητήσω από ένα μέλος της ομάδας μας να συνδεθεί.',
  upsetApology:
    'Λυπάμαι πολύ για την ταλαιπωρία. Ας προσπαθήσουμε να το λύσουμε — κι αν δεν τα καταφέρουμε, θα αναλάβει ένα μέλος της ομάδας μας.',
  personComing: `Θα ζητήσω από ένα μέλος της ομάδας μας να συνδεθεί — ${withTeam} Όσο περιμένετε, συνεχίζω να σας βοηθώ.`,
  stillWaiting:
    'Ένα μέλος της ομάδας μας θα συνδεθεί μόλις είναι διαθέσιμο. Όσο περιμένετε, συνεχίζω να σας βοηθώ.',
  personOffer:
    'Θα θέλατε να μιλήσετε με ένα μέλος της ομάδας μας; Θα δει ολόκληρη τη μέχρι τώρα συζήτησή μας.',
  sorry:
    'Συγγνώμη, κάτι πήγε στραβά από τη μεριά μου και δεν μπόρεσα να ολοκληρώσω την απάντηση. Μπορείτε να ρωτήσετε ξανά ή να μιλήσετε με ένα μέλος της ομάδας μας.',
  handoffBecause: {
    frustration: `Λυπάμαι πολύ για την ταλαιπωρία. Ζητώ από ένα μέλος της ομάδας μας να συνδεθεί — ${withTeam}`,
    intent_gap: `Για αυτό χρειάζεστε τη βοήθεια της ομάδας μας. Ζήτησα από ένα μέλος της ομάδας να συνδεθεί — ${withTeam}`,
    complexity: `Υπάρχουν αρκετά ζητήματα εδώ, γι’ αυτό ζήτησα από ένα μέλος της ομάδας μας να συνδεθεί — ${withTeam}`,
    rule: `Αυτό θα το αναλάβει ένα μέλος της ομάδας μας — ${withTeam}`,
  },
  keepHelping: 'Όσο περιμένετε, συνεχίζω να σας βοηθώ.',
  fallbackChoices:
    'Μπορείτε να αφήσετε τα στοιχεία επικοινωνίας σας για να επικοινωνήσουμε εμείς μαζί σας, να ζητήσετε να σας καλέσουμε ή να συνεχίσετε τη συζήτηση μαζί μου.',
  offline: 'Η ομάδα μας δεν είναι διαθέσιμη αυτή τη στιγμή.',
  offlineUntil: (when, timezone) =>
    `Η ομάδα μας δεν είναι διαθέσιμη αυτή τη στιγμή — θα είμαστε ξανά εδώ ${when} (${timezone}).`,
  nobodyOnline: 'Αυτή τη στιγμή δεν είναι διαθέσιμο κανένα μέλος της ομάδας μας.',
  nobodyFrom: (department) => `Αυτή τη στιγμή δεν είναι διαθέσιμο κανένα μέλος του τμήματος «${department}».`,
  nobodySpeaks: (language) =>
    `Αυτή τη στιγμή δεν είναι διαθέσιμο κανένα μέλος της ομάδας μας που να μιλά ${speaking(language)}.`,
  longWait: (wait) => `Ο χρόνος αναμονής αυτή τη στιγμή είναι ${wait}.`,
  wait: {
    underMinute: 'λιγότερο από ένα λεπτό',
    minute: 'περίπου ένα λεπτό',
    minutes: (n) => about(n, 'λεπτό', 'λεπτά'),
    hour: 'περίπου μία ώρα',
    hours: (n) => about(n, 'ώρα', 'ώρες'),
  },
  opening: {
    today: (clock) => `σήμερα στις ${clock}`,
    tomorrow: (clock) => `αύριο στις ${clock}`,
    on: (day, clock) => `${onDay(day)} στις ${clock}`,
  },
  searching: 'Ψάχνω στα άρθρα βοήθειάς μας…',
};
