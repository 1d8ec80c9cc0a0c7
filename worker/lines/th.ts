import type { Lines } from './types';

/**
 * Thai: a support team's polite register, the bot always in one voice ending in ค่ะ (questions
 * in คะ); the visitor is คุณ, a staff member เจ้าหน้าที่. Sentences are set apart by a space, as
 * Thai writes them, not by a full stop. The two quick-reply values are the visitor's own words
 * (sent as their message), so they carry no particle: ค่ะ would make every visitor a woman.
 */

const withTeam = 'เจ้าหน้าที่จะเห็นข้อความทั้งหมดที่เราคุยกันไว้ค่ะ';
const keepHelping = 'ระหว่างรอ ยินดีช่วยเหลือต่อนะคะ';

/** Intl names a language bare ("ฝรั่งเศส"); a sentence says "ภาษาฝรั่งเศส". */
const languageOf = (name: string) => (name.startsWith('ภาษา') ? name : `ภาษา${name}`);

export const th: Lines = {
  // Intl's Thai dates use the Buddhist calendar, as Thai readers expect (no year is ever shown).
  locale: 'th',
  talkToPerson: { label: 'คุยกับเจ้าหน้าที่', value: 'ขอคุยกับเจ้าหน้าที่' },
  notIt: { label: 'คำตอบนี้ไม่ได้ช่วย', value: 'คำตอบนี้ไม่ได้ช่วย' },
  moreIn: (titles) => `อ่านรายละเอียดเพิ่มเติมได้ที่: ${titles}`,
  hedged: (body, sources) =>
    `คำถามของคุณน่าจะเกี่ยวกับเรื่องนี้ค่ะ\n\n${body}\n\n${sources} หากไม่ใช่ ลองถามด้วยคำอื่นดูนะคะ หรือจะคุยกับเจ้าหน้าที่ของเราก็ได้ค่ะ`,
  unsureRelated:
    'ขออภัยค่ะ ยังไม่แน่ใจว่ามีคำตอบที่ตรงกับคำถามนี้ คุณลองถามใหม่ด้วยคำอื่น ดูบทความที่เกี่ยวข้องเหล่านี้ หรือคุยกับเจ้าหน้าที่ของเราก็ได้ค่ะ',
  noAnswer: 'ขออภัยค่ะ ยังไม่มีคำตอบสำหรับคำถามนี้ คุณลองถามใหม่ด้วยคำอื่น หรือคุยกับเจ้าหน้าที่ของเราก็ได้ค่ะ',
  whichOne: 'ยินดีช่วยค่ะ ไม่ทราบว่าคำถามของคุณเกี่ยวกับเรื่องใดต่อไปนี้คะ',
  alternatives: 'เรื่องนี้ช่วยได้ทันทีที่นี่เลยค่ะ ไม่ทราบว่าเป็นเรื่องใดเรื่องหนึ่งต่อไปนี้ไหมคะ หากไม่ใช่ จะให้เจ้าหน้าที่ของเราเข้ามาดูแลค่ะ',
  upsetApology: 'ขออภัยในความไม่สะดวกค่ะ จะช่วยแก้ไขเรื่องนี้ให้นะคะ และหากยังไม่เรียบร้อย เจ้าหน้าที่ของเราจะเข้ามาดูแลต่อค่ะ',
  personComing: `จะให้เจ้าหน้าที่ของเราเข้ามาดูแลต่อนะคะ ${withTeam} ${keepHelping}`,
  stillWaiting: `เจ้าหน้าที่ของเราจะเข้ามาดูแลทันทีที่ว่างค่ะ ${keepHelping}`,
  personOffer: `ต้องการคุยกับเจ้าหน้าที่ของเราไหมคะ ${withTeam}`,
  sorry: 'ขออภัยค่ะ เกิดข้อผิดพลาดจากทางเรา จึงตอบคำถามนี้ไม่สำเร็จ คุณลองถามอีกครั้ง หรือคุยกับเจ้าหน้าที่ก็ได้ค่ะ',
  handoffBecause: {
    frustration: `ต้องขออภัยที่ทำให้หงุดหงิดใจนะคะ ตอนนี้กำลังให้เจ้าหน้าที่ของเราเข้ามาดูแลค่ะ ${withTeam}`,
    intent_gap: `เรื่องนี้ต้องให้เจ้าหน้าที่ของเราช่วยดูค่ะ ได้แจ้งให้เจ้าหน้าที่เข้ามาดูแลแล้วนะคะ ${withTeam}`,
    complexity: `เรื่องนี้มีรายละเอียดค่อนข้างมาก จึงได้แจ้งให้เจ้าหน้าที่ของเราเข้ามาดูแลแล้วค่ะ ${withTeam}`,
    rule: `เรื่องนี้เจ้าหน้าที่ของเราจะเป็นผู้ดูแลให้ค่ะ ${withTeam}`,
  },
  keepHelping,
  fallbackChoices: 'คุณสามารถฝากข้อมูลติดต่อไว้ให้เราติดต่อกลับ ขอให้เราโทรกลับ หรือจะคุยต่อที่นี่ก็ได้ค่ะ',
  offline: 'ขณะนี้อยู่นอกเวลาทำการของทีมงานค่ะ',
  offlineUntil: (when, timezone) =>
    `ขณะนี้อยู่นอกเวลาทำการของทีมงานค่ะ เราจะกลับมาให้บริการ${when} ตามเขตเวลา ${timezone} ค่ะ`,
  nobodyOnline: 'ขณะนี้ไม่มีเจ้าหน้าที่ของเราออนไลน์อยู่ค่ะ',
  // (quoted: a department's name may be Thai or not, and may or may not start with ฝ่าย)
  nobodyFrom: (department) => `ขณะนี้ไม่มีเจ้าหน้าที่จาก “${department}” ออนไลน์อยู่ค่ะ`,
  nobodySpeaks: (language) => `ขณะนี้ไม่มีเจ้าหน้าที่ที่สื่อสาร${languageOf(language)}ได้ออนไลน์อยู่ค่ะ`,
  longWait: (wait) => `ขณะนี้ใช้เวลารอ${wait}ค่ะ`,
  wait: {
    underMinute: 'ไม่ถึง 1 นาที',
    minute: 'ประมาณ 1 นาที',
    minutes: (n) => `ประมาณ ${n} นาที`,
    hour: 'ประมาณ 1 ชั่วโมง',
    hours: (n) => `ประมาณ ${n} ชั่วโมง`,
  },
  // Intl gives "วันจันทร์" or "วันจันทร์ที่ 13 เมษายน": "วันจันทร์ เวลา 09:00 น."
  opening: {
    today: (clock) => `วันนี้ เวลา ${clock} น.`,
    tomorrow: (clock) => `พรุ่งนี้ เวลา ${clock} น.`,
    on: (day, clock) => `${day} เวลา ${clock} น.`,
  },
  searching: 'กำลังค้นหาในบทความช่วยเหลือ…',
};
