import type { Lines } from './types';

const withTeam = 'şimdiye kadar konuştuğumuz her şeyi görecek.';

export const tr: Lines = {
  locale: 'tr',
  talkToPerson: {
    label: 'Müşteri temsilcisiyle görüş',
    value: 'Bir müşteri temsilcisiyle görüşmek istiyorum.',
  },
  notIt: { label: 'Yardımcı olmadı', value: 'Bu yanıt yardımcı olmadı.' },
  moreIn: (titles) => `Daha fazla bilgi: ${titles}.`,
  hedged: (body, sources) =>
    `Sanırım şunu soruyorsunuz:\n\n${body}\n\n${sources} Değilse sorunuzu farklı bir şekilde sormayı deneyin ya da ekibimizden biriyle görüşün.`,
  unsureRelated:
    'Bu soruya doğru yanıtı verebileceğimden emin değilim. Sorunuzu farklı bir şekilde sorabilir, ilgili şu makalelere göz atabilir ya da ekibimizden biriyle görüşebilirsiniz.',
  noAnswer:
    'Üzgünüm, bu soruya bir yanıtım yok. Sorunuzu farklı bir şekilde sorabilir ya da ekibimizden biriyle görüşebilirsiniz.',
  whichOne: 'Bu konuda yardımcı olabilirim. Sorunuz şunlardan hangisiyle ilgili?',
  alternatives:
    'Bu konuda size hemen burada yardımcı olabilirim. Sorunuz şunlardan biriyle mi ilgili? Değilse ekibimizden birini çağıracağım.',
  upsetApology:
    'Yaşadığınız sorun için üzgünüm. Gelin bunu birlikte çözelim — olmazsa ekibimizden biri konuyu devralacak.',
  personComing: `Ekibimizden birini çağırıyorum; ${withTeam} Beklerken size yardımcı olmaya devam edeceğim.`,
  stillWaiting:
    'Ekibimizden biri müsait olur olmaz görüşmeye katılacak. Beklerken size yardımcı olmaya devam edeceğim.',
  personOffer: 'Ekibimizden biriyle görüşmek ister misiniz? Şimdiye kadar konuştuğumuz her şeyi görecek.',
  sorry:
    'Üzgünüm, benim tarafımda bir sorun oluştu ve yanıtı tamamlayamadım. Tekrar sorabilir ya da ekibimizden biriyle görüşebilirsiniz.',
  handoffBecause: {
    frustration: `Bu durumun sizi bu kadar yorduğu için üzgünüm. Ekibimizden birini çağırıyorum — ${withTeam}`,
    intent_gap: `Bu konuda ekibimizden birinin yardımı gerekiyor. Bir ekip arkadaşımın görüşmeye katılmasını istedim — ${withTeam}`,
    complexity: `Burada ele alınacak çok şey var, bu yüzden ekibimizden birinin görüşmeye katılmasını istedim — ${withTeam}`,
    rule: `Bu konuyla ekibimizden biri ilgilenecek — ${withTeam}`,
  },
  keepHelping: 'Beklerken size yardımcı olmaya devam edeceğim.',
  fallbackChoices:
    'İletişim bilgilerinizi bırakırsanız size dönüş yaparız; ayrıca sizi geri aramamızı isteyebilir ya da benimle yazışmaya devam edebilirsiniz.',
  offline: 'Ekibimiz şu anda çevrim dışı.',
  // (no case ending after the time: "saat 09:00 itibarıyla")
  offlineUntil: (when, timezone) =>
    `Ekibimiz şu anda çevrim dışı; ${when} itibarıyla yeniden hizmetinizdeyiz (${timezone}).`,
  nobodyOnline: 'Şu anda ekibimizden çevrim içi kimse yok.',
  nobodyFrom: (department) => `Şu anda ${department} ekibinden çevrim içi kimse yok.`,
  nobodySpeaks: (language) => `Şu anda ${language} konuşan çevrim içi kimse yok.`,
  longWait: (wait) => `Şu anda bekleme süresi ${wait}.`,
  wait: {
    underMinute: 'bir dakikadan az',
    minute: 'yaklaşık bir dakika',
    minutes: (n) => `yaklaşık ${n} dakika`,
    hour: 'yaklaşık bir saat',
    hours: (n) => `yaklaşık ${n} saat`,
  },
  opening: {
    today: (clock) => `bugün saat ${clock}`,
    tomorrow: (clock) => `yarın saat ${clock}`,
    on: (day, clock) => `${day} saat ${clock}`,
  },
  searching: 'Yardım makalelerimizde arıyorum…',
};
