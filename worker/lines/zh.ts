import type { Lines } from './types';

const withTeam = '客服人员可以看到我们之前的全部对话。';

export const zh: Lines = {
  locale: 'zh-CN',
  talkToPerson: { label: '转人工客服', value: '我想找人工客服。' },
  notIt: { label: '没有帮助', value: '这个回答对我没有帮助。' },
  moreIn: (titles) => `了解更多：${titles}。`,
  hedged: (body, sources) =>
    `您想问的可能是这个：\n\n${body}\n\n${sources} 如果不是，请换个方式提问，或者联系我们的人工客服。`,
  unsureRelated: '我不确定能准确回答这个问题。您可以换个方式提问、看看这些相关文章，或者联系我们的人工客服。',
  noAnswer: '抱歉，我暂时无法回答这个问题。您可以换个方式提问，或者联系我们的人工客服。',
  whichOne: '这个我可以帮您。请问您想了解的是以下哪一项？',
  alternatives: '这个我现在就能帮您解决。请问是以下哪一项？如果都不是，我会为您转接人工客服。',
  upsetApology: '非常抱歉给您带来不便。我们先一起解决——如果还是不行，人工客服会接手为您处理。',
  personComing: `我会为您转接人工客服，${withTeam}在您等待期间，我会继续为您提供帮助。`,
  stillWaiting: '人工客服有空后会马上接入。在您等待期间，我会继续为您提供帮助。',
  personOffer: `需要为您转接人工客服吗？${withTeam}`,
  sorry: '抱歉，我这边出了点问题，没能完成回答。您可以再问一次，或者联系人工客服。',
  handoffBecause: {
    frustration: `很抱歉给您带来困扰。我正在为您转接人工客服——${withTeam}`,
    intent_gap: `这个问题需要人工客服来处理，我已为您转接——${withTeam}`,
    complexity: `这里涉及的内容比较多，我已为您转接人工客服——${withTeam}`,
    rule: `这个问题将由人工客服为您处理——${withTeam}`,
  },
  keepHelping: '在您等待期间，我会继续为您提供帮助。',
  fallbackChoices: '您可以留下联系方式，我们会尽快联系您；也可以申请回电，或者继续和我聊。',
  offline: '我们的客服团队目前不在线。',
  offlineUntil: (when, timezone) => `我们的客服团队目前不在线，将于${when} 恢复服务（${timezone}）。`,
  nobodyOnline: '目前没有客服在线。',
  nobodyFrom: (department) => `目前“${department}”部门没有客服在线。`,
  nobodySpeaks: (language) => `目前没有会说${language}的客服在线。`,
  longWait: (wait) => `目前需要等待${wait}。`,
  wait: {
    underMinute: '不到一分钟',
    minute: '大约一分钟',
    minutes: (n) => `大约 ${n} 分钟`,
    hour: '大约一小时',
    hours: (n) => `大约 ${n} 小时`,
  },
  opening: {
    today: (clock) => `今天 ${clock}`,
    tomorrow: (clock) => `明天 ${clock}`,
    on: (day, clock) => `${day} ${clock}`,
  },
  searching: '正在搜索帮助文章…',
};
