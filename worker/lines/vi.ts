import type { Lines } from './types';

const withTeam = 'họ sẽ xem được toàn bộ nội dung chúng ta đã trao đổi.';

export const vi: Lines = {
  locale: 'vi',
  talkToPerson: { label: 'Trò chuyện với nhân viên', value: 'Tôi muốn nói chuyện với nhân viên hỗ trợ.' },
  notIt: { label: 'Chưa giúp được', value: 'Câu trả lời này không giúp được tôi.' },
  moreIn: (titles) => `Xem thêm: ${titles}.`,
  hedged: (body, sources) =>
    `Có vẻ bạn đang hỏi về điều này:\n\n${body}\n\n${sources} Nếu không phải, bạn hãy thử hỏi theo cách khác hoặc trò chuyện với nhân viên hỗ trợ.`,
  unsureRelated:
    'Mình chưa chắc có câu trả lời đúng cho câu hỏi này. Bạn có thể diễn đạt lại câu hỏi, xem các bài viết liên quan dưới đây hoặc trò chuyện với nhân viên hỗ trợ.',
  noAnswer:
    'Rất tiếc, mình chưa có câu trả lời cho câu hỏi này. Bạn có thể diễn đạt lại câu hỏi hoặc trò chuyện với nhân viên hỗ trợ.',
  whichOne: 'Mình có thể giúp bạn việc này. Bạn đang hỏi về chủ đề nào dưới đây?',
  alternatives:
    'Mình có thể giúp bạn ngay tại đây. Có phải bạn đang hỏi về một trong các chủ đề này không? Nếu không, mình sẽ mời nhân viên hỗ trợ vào.',
  upsetApology:
    'Mình rất tiếc về chuyện này. Mình cùng giải quyết nhé — nếu vẫn chưa ổn, nhân viên hỗ trợ sẽ tiếp nhận.',
  personComing: `Mình sẽ mời nhân viên hỗ trợ vào, ${withTeam} Trong lúc chờ, mình vẫn tiếp tục hỗ trợ bạn.`,
  stillWaiting: 'Nhân viên hỗ trợ sẽ vào ngay khi rảnh. Trong lúc chờ, mình vẫn tiếp tục hỗ trợ bạn.',
  personOffer:
    'Bạn có muốn trò chuyện với nhân viên hỗ trợ không? Họ sẽ xem được toàn bộ nội dung chúng ta đã trao đổi.',
  sorry:
    'Xin lỗi, bên mình đã xảy ra lỗi nên chưa thể hoàn tất câu trả lời. Bạn có thể hỏi lại hoặc trò chuyện với nhân viên hỗ trợ.',
  handoffBecause: {
    frustration: `Mình rất tiếc vì chuyện này khiến bạn phiền lòng. Mình đang mời nhân viên hỗ trợ vào — ${withTeam}`,
    intent_gap: `Việc này cần nhân viên hỗ trợ xử lý. Mình đã mời một nhân viên vào — ${withTeam}`,
    complexity: `Việc này có khá nhiều chi tiết, nên mình đã mời nhân viên hỗ trợ vào — ${withTeam}`,
    rule: `Nhân viên hỗ trợ sẽ tiếp nhận việc này — ${withTeam}`,
  },
  keepHelping: 'Trong lúc chờ, mình vẫn tiếp tục hỗ trợ bạn.',
  fallbackChoices:
    'Bạn có thể để lại thông tin liên hệ để chúng tôi liên lạc lại, yêu cầu gọi lại, hoặc tiếp tục trò chuyện với mình.',
  offline: 'Đội ngũ hỗ trợ hiện đang ngoại tuyến.',
  offlineUntil: (when, timezone) =>
    `Đội ngũ hỗ trợ hiện đang ngoại tuyến — chúng tôi sẽ quay lại ${when} (${timezone}).`,
  nobodyOnline: 'Hiện không có nhân viên hỗ trợ nào trực tuyến.',
  nobodyFrom: (department) => `Hiện không có nhân viên nào của bộ phận ${department} trực tuyến.`,
  // (Intl writes "Tiếng Pháp"; mid-sentence it is "tiếng Pháp")
  nobodySpeaks: (language) =>
    `Hiện không có nhân viên nào nói ${language.replace(/^Tiếng /, 'tiếng ')} đang trực tuyến.`,
  longWait: (wait) => `Thời gian chờ hiện tại là ${wait}.`,
  wait: {
    underMinute: 'dưới một phút',
    minute: 'khoảng một phút',
    minutes: (n) => `khoảng ${n} phút`,
    hour: 'khoảng một tiếng',
    hours: (n) => `khoảng ${n} tiếng`,
  },
  opening: {
    today: (clock) => `lúc ${clock} hôm nay`,
    tomorrow: (clock) => `lúc ${clock} ngày mai`,
    // "lúc 09:00 thứ Hai", "lúc 09:00 thứ Sáu, 13 tháng 3"
    on: (day, clock) => `lúc ${clock} ${day.replace(/^Thứ /, 'thứ ')}`,
  },
  searching: 'Đang tìm trong các bài viết hỗ trợ…',
};
