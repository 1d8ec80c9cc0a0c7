import type { Lines } from './types';

const withTeam = 'dia akan melihat semua yang sudah kita bahas.';

export const id: Lines = {
  locale: 'id',
  talkToPerson: { label: 'Bicara dengan petugas', value: 'Saya ingin bicara dengan petugas.' },
  notIt: { label: 'Tidak membantu', value: 'Ini tidak menjawab pertanyaan saya.' },
  moreIn: (titles) => `Selengkapnya: ${titles}.`,
  hedged: (body, sources) =>
    `Sepertinya ini yang Anda tanyakan:\n\n${body}\n\n${sources} Jika bukan, coba ajukan pertanyaan dengan cara lain, atau bicaralah dengan petugas kami.`,
  unsureRelated:
    'Saya tidak yakin punya jawaban yang tepat untuk itu. Anda bisa mengajukan pertanyaan dengan kata-kata lain, membaca artikel terkait berikut, atau berbicara dengan petugas kami.',
  noAnswer:
    'Maaf, saya tidak punya jawaban untuk itu. Anda bisa mengajukan pertanyaan dengan kata-kata lain atau berbicara dengan petugas kami.',
  whichOne: 'Saya bisa membantu soal itu. Topik mana yang Anda maksud?',
  alternatives:
    'Saya bisa langsung membantu di sini. Apakah pertanyaan Anda tentang salah satu topik ini? Jika bukan, saya akan memanggil petugas kami.',
  upsetApology:
    'Mohon maaf atas ketidaknyamanannya. Mari kita selesaikan bersama — dan jika belum berhasil, petugas kami akan mengambil alih.',
  personComing: `Saya akan memanggil petugas kami, dan ${withTeam} Sambil menunggu, saya tetap siap membantu.`,
  stillWaiting: 'Petugas kami akan bergabung begitu tersedia. Sambil menunggu, saya tetap siap membantu.',
  personOffer:
    'Apakah Anda ingin berbicara dengan petugas kami? Dia akan melihat semua yang sudah kita bahas.',
  sorry:
    'Maaf, terjadi kesalahan di sisi saya sehingga jawaban tadi tidak selesai. Anda bisa bertanya lagi atau berbicara dengan petugas kami.',
  handoffBecause: {
    frustration: `Mohon maaf, ini pasti membuat Anda kesal. Saya memanggil petugas kami — ${withTeam}`,
    intent_gap: `Hal ini perlu ditangani tim kami. Saya sudah meminta petugas untuk bergabung — ${withTeam}`,
    complexity: `Ada cukup banyak hal di sini, jadi saya sudah meminta petugas kami untuk bergabung — ${withTeam}`,
    rule: `Petugas kami akan menangani hal ini — ${withTeam}`,
  },
  keepHelping: 'Sambil menunggu, saya tetap siap membantu.',
  fallbackChoices:
    'Anda bisa meninggalkan kontak agar kami hubungi kembali, meminta kami menelepon Anda, atau terus mengobrol dengan saya.',
  offline: 'Tim kami sedang tidak online saat ini.',
  offlineUntil: (when, timezone) =>
    `Tim kami sedang tidak online saat ini — kami kembali ${when} (${timezone}).`,
  nobodyOnline: 'Saat ini tidak ada anggota tim kami yang online.',
  nobodyFrom: (department) => `Saat ini tidak ada petugas dari bagian ${department} yang online.`,
  nobodySpeaks: (language) =>
    `Saat ini tidak ada petugas berbahasa ${language.replace(/^bahasa /i, '')} yang online.`,
  longWait: (wait) => `Waktu tunggu saat ini ${wait}.`,
  wait: {
    underMinute: 'kurang dari satu menit',
    minute: 'sekitar satu menit',
    minutes: (n) => `sekitar ${n} menit`,
    hour: 'sekitar satu jam',
    hours: (n) => `sekitar ${n} jam`,
  },
  opening: {
    today: (clock) => `hari ini pukul ${clock}`,
    tomorrow: (clock) => `besok pukul ${clock}`,
    on: (day, clock) => `hari ${day} pukul ${clock}`,
  },
  searching: 'Mencari di artikel bantuan kami…',
};
