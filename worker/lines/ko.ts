import type { Lines } from './types';

const withTeam = '지금까지 나눈 대화는 모두 상담원에게 전달됩니다.';

export const ko: Lines = {
  locale: 'ko',
  talkToPerson: { label: '상담원 연결', value: '상담원과 이야기하고 싶어요.' },
  notIt: { label: '도움이 안 됐어요', value: '이 답변은 도움이 안 됐어요.' },
  moreIn: (titles) => `자세히 보기: ${titles}`,
  hedged: (body, sources) =>
    `이 내용을 찾으시는 것 같아요.\n\n${body}\n\n${sources} 원하시던 내용이 아니라면 다른 표현으로 다시 질문하시거나 상담원과 이야기해 보세요.`,
  unsureRelated:
    '이 질문에 정확한 답변을 드리기 어려워요. 질문을 다르게 표현해 보시거나, 아래 관련 도움말을 확인하시거나, 상담원과 이야기해 보세요.',
  noAnswer:
    '죄송해요, 이 질문에 대한 답변을 찾지 못했어요. 질문을 다르게 표현해 보시거나 상담원과 이야기해 보세요.',
  whichOne: '도와드릴 수 있어요. 다음 중 어떤 내용에 대한 질문인가요?',
  alternatives:
    '여기서 바로 도와드릴 수 있어요. 다음 중 하나에 해당하나요? 해당하지 않으면 상담원을 연결해 드릴게요.',
  upsetApology:
    '불편을 드려 죄송합니다. 함께 해결해 볼게요. 그래도 해결되지 않으면 상담원이 이어서 도와드릴 거예요.',
  personComing: `상담원을 연결해 드릴게요. ${withTeam} 기다리시는 동안에도 계속 도와드릴게요.`,
  stillWaiting: '상담원이 상담 가능해지면 바로 연결해 드릴게요. 기다리시는 동안에도 계속 도와드릴게요.',
  personOffer: `상담원과 이야기하시겠어요? ${withTeam}`,
  sorry:
    '죄송해요, 제 쪽에서 문제가 생겨 답변을 마치지 못했어요. 다시 질문하시거나 상담원과 이야기해 보세요.',
  handoffBecause: {
    frustration: `불편을 드려 정말 죄송합니다. 상담원을 연결해 드릴게요. ${withTeam}`,
    intent_gap: `이 문의는 상담원의 도움이 필요해요. 상담원 연결을 요청했어요. ${withTeam}`,
    complexity: `확인할 내용이 많아 상담원 연결을 요청했어요. ${withTeam}`,
    rule: `이 문의는 상담원이 직접 도와드릴 거예요. ${withTeam}`,
  },
  keepHelping: '기다리시는 동안에도 계속 도와드릴게요.',
  fallbackChoices:
    '연락처를 남겨 주시면 저희가 연락드릴게요. 전화 회신을 요청하시거나 저와 계속 대화하실 수도 있어요.',
  offline: '지금은 상담 시간이 아니에요.',
  offlineUntil: (when, timezone) =>
    `지금은 상담 시간이 아니에요. ${when}부터 다시 상담이 가능해요(${timezone}).`,
  nobodyOnline: '지금은 연결 가능한 상담원이 없어요.',
  nobodyFrom: (department) => `지금은 ${department} 부서에 연결 가능한 상담원이 없어요.`,
  nobodySpeaks: (language) => `지금은 ${language} 상담이 가능한 상담원이 없어요.`,
  // (every wait ends in a consonant: "약 25분이에요", "1분 미만이에요")
  longWait: (wait) => `현재 예상 대기 시간은 ${wait}이에요.`,
  wait: {
    underMinute: '1분 미만',
    minute: '약 1분',
    minutes: (n) => `약 ${n}분`,
    hour: '약 1시간',
    hours: (n) => `약 ${n}시간`,
  },
  opening: {
    today: (clock) => `오늘 ${clock}`,
    tomorrow: (clock) => `내일 ${clock}`,
    on: (day, clock) => `${day} ${clock}`,
  },
  searching: '도움말을 찾고 있어요…',
};
