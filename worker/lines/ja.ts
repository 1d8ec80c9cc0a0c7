import type { Lines } from './types';

const withTeam = 'これまでのやり取りはすべて担当者に引き継がれます。';

export const ja: Lines = {
  locale: 'ja',
  talkToPerson: { label: 'オペレーターと話す', value: 'オペレーターと話したいです。' },
  notIt: { label: '解決しませんでした', value: 'この回答では解決しませんでした。' },
  moreIn: (titles) => `詳しくは「${titles}」をご覧ください。`,
  hedged: (body, sources) =>
    `お問い合わせの内容は、こちらでしょうか。\n\n${body}\n\n${sources} 違う場合は、別の言い方でもう一度お尋ねいただくか、担当者にご相談ください。`,
  unsureRelated:
    '申し訳ありません、正確な回答が見つかりませんでした。質問を言い換えていただくか、こちらの関連記事をご覧いただくか、担当者にご相談ください。',
  noAnswer:
    '申し訳ありません、そのご質問への回答が見つかりませんでした。質問を言い換えていただくか、担当者にご相談ください。',
  whichOne: 'お手伝いします。次のうち、どちらについてのご質問ですか？',
  alternatives:
    'こちらですぐにお手伝いできます。次のいずれかについてのご質問でしょうか？該当しない場合は、担当者におつなぎします。',
  upsetApology:
    'ご不便をおかけして申し訳ありません。解決に向けてお手伝いします。それでも解決しない場合は、担当者が対応いたします。',
  personComing: `担当者におつなぎします。${withTeam}お待ちいただく間も、引き続きお手伝いします。`,
  stillWaiting: '担当者の手が空き次第、対応いたします。お待ちいただく間も、引き続きお手伝いします。',
  personOffer: `担当者とお話しになりますか？${withTeam}`,
  sorry:
    '申し訳ありません、こちらで問題が発生し、回答を最後までお伝えできませんでした。もう一度お尋ねいただくか、担当者にご相談ください。',
  handoffBecause: {
    frustration: `ご不快な思いをおかけして申し訳ありません。担当者におつなぎします。${withTeam}`,
    intent_gap: `こちらは担当者による対応が必要です。担当者を呼んでいます。${withTeam}`,
    complexity: `確認事項が多いため、担当者に対応を依頼しました。${withTeam}`,
    rule: `こちらは担当者が対応いたします。${withTeam}`,
  },
  keepHelping: 'お待ちいただく間も、引き続きお手伝いします。',
  fallbackChoices:
    '連絡先を残していただければ、こちらからご連絡します。折り返しのお電話をご依頼いただくことも、このまま私とのチャットを続けることもできます。',
  offline: '現在、サポートチームは対応時間外です。',
  offlineUntil: (when, timezone) =>
    `現在、サポートチームは対応時間外です。${when}から対応を再開します（${timezone}）。`,
  nobodyOnline: '現在、対応できる担当者がいません。',
  nobodyFrom: (department) => `現在、「${department}」で対応できる担当者がいません。`,
  nobodySpeaks: (language) => `現在、${language}に対応できる担当者がいません。`,
  longWait: (wait) => `現在の待ち時間は${wait}です。`,
  wait: {
    underMinute: '1分未満',
    minute: '約1分',
    minutes: (n) => `約${n}分`,
    hour: '約1時間',
    hours: (n) => `約${n}時間`,
  },
  opening: {
    today: (clock) => `本日${clock}`,
    tomorrow: (clock) => `明日${clock}`,
    on: (day, clock) => `${day}の${clock}`,
  },
  searching: 'ヘルプ記事を検索しています…',
};
