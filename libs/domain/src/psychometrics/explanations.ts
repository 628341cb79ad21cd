import type { NoSuggestions } from './congruence.js';
import type { AssessmentResult, FlagCode, LocalizedText, ScoreBand, ValidityFlag } from './types.js';

/**
 * Plain-language texts for results. They describe self-reported interests and preferences for career
 * exploration, never a psychological examination ("hasil pemeriksaan psikologis", HIMPSI); a psikolog
 * should review them before launch (spec §1).
 */

interface Theme {
  /** Short theme for summaries. */
  short: LocalizedText;
  /** What the scale is about, for any score. */
  about: LocalizedText;
}

const RIASEC_THEMES: Record<string, Theme> = {
  R: {
    short: { id: 'Realistis: bekerja dengan tangan, alat, mesin, dan bahan', en: 'Realistic: hands-on work with tools, machines and materials' },
    about: {
      id: 'Realistis: seberapa Anda suka pekerjaan praktis yang memakai tangan, seperti merakit, memperbaiki, membangun, atau mengoperasikan mesin. Skor lebih tinggi berarti minat yang lebih kuat.',
      en: 'Realistic: how much you like practical, hands-on work such as assembling, repairing, building or operating machines. A higher score means a stronger interest.',
    },
  },
  I: {
    short: { id: 'Investigatif: meneliti, mengamati, dan memecahkan masalah', en: 'Investigative: researching, observing and solving problems' },
    about: {
      id: 'Investigatif: seberapa Anda suka meneliti, mengamati, dan mencari tahu cara kerja sesuatu, misalnya di laboratorium, kesehatan, atau ilmu alam. Skor lebih tinggi berarti minat yang lebih kuat.',
      en: 'Investigative: how much you like researching, observing and finding out how things work, for example in a laboratory, in health care or in the natural sciences. A higher score means a stronger interest.',
    },
  },
  A: {
    short: { id: 'Artistik: mencipta, merancang, dan tampil', en: 'Artistic: creating, designing and performing' },
    about: {
      id: 'Artistik: seberapa Anda suka mencipta dan mengekspresikan diri, seperti menulis, merancang, bermusik, atau tampil di depan orang. Skor lebih tinggi berarti minat yang lebih kuat.',
      en: 'Artistic: how much you like creating and expressing yourself, such as writing, designing, making music or performing. A higher score means a stronger interest.',
    },
  },
  S: {
    short: { id: 'Sosial: membantu, mengajar, dan merawat orang', en: 'Social: helping, teaching and caring for people' },
    about: {
      id: 'Sosial: seberapa Anda suka bekerja dengan orang untuk membantu, mengajar, membimbing, atau merawat mereka. Skor lebih tinggi berarti minat yang lebih kuat.',
      en: 'Social: how much you like working with people to help, teach, guide or care for them. A higher score means a stronger interest.',
    },
  },
  E: {
    short: { id: 'Wirausaha: memimpin, menjual, dan meyakinkan orang', en: 'Enterprising: leading, selling and persuading' },
    about: {
      id: 'Wirausaha: seberapa Anda suka memimpin, berjualan, mengelola usaha, dan meyakinkan orang lain. Skor lebih tinggi berarti minat yang lebih kuat.',
      en: 'Enterprising: how much you like leading, selling, running a business and persuading others. A higher score means a stronger interest.',
    },
  },
  C: {
    short: { id: 'Konvensional: mengatur data, catatan, dan prosedur', en: 'Conventional: organising data, records and procedures' },
    about: {
      id: 'Konvensional: seberapa Anda suka pekerjaan yang teratur dengan data, angka, catatan, dan prosedur yang jelas, seperti administrasi atau keuangan. Skor lebih tinggi berarti minat yang lebih kuat.',
      en: 'Conventional: how much you like orderly work with data, numbers, records and clear procedures, such as administration or bookkeeping. A higher score means a stronger interest.',
    },
  },
};

type BandTexts = Record<ScoreBand, LocalizedText> & { about: LocalizedText };

const IPIP_TEXTS: Record<string, BandTexts> = {
  E: {
    about: {
      id: 'Ekstraversi: seberapa Anda mencari keramaian, suka bergaul, dan nyaman menjadi pusat perhatian.',
      en: 'Extraversion: how much you seek company, enjoy socialising and are comfortable in the spotlight.',
    },
    low: {
      id: 'Anda cenderung pendiam dan lebih suka suasana tenang atau kelompok kecil. Ini cocok untuk pekerjaan yang menuntut fokus mandiri.',
      en: 'You tend to be reserved and prefer quiet settings or small groups, which suits work that needs independent focus.',
    },
    average: {
      id: 'Anda bisa nyaman bergaul maupun bekerja sendiri, tergantung situasinya.',
      en: 'You can be at ease with people or working alone, depending on the situation.',
    },
    high: {
      id: 'Anda cenderung senang bergaul, mudah memulai percakapan, dan bersemangat di tengah orang banyak.',
      en: 'You tend to enjoy company, start conversations easily and gain energy from being around people.',
    },
  },
  A: {
    about: {
      id: 'Keramahan: seberapa Anda peduli, mudah bersimpati, dan mengutamakan kerja sama dengan orang lain.',
      en: 'Agreeableness: how much you care about others, sympathise easily and put cooperation first.',
    },
    low: {
      id: 'Anda cenderung lugas dan kritis, dan lebih mengutamakan tujuan daripada perasaan orang lain.',
      en: 'You tend to be direct and critical, putting goals ahead of other people’s feelings.',
    },
    average: {
      id: 'Anda cukup peduli pada orang lain sambil tetap bisa bersikap tegas bila perlu.',
      en: 'You care about others while still being able to stand firm when needed.',
    },
    high: {
      id: 'Anda cenderung hangat, peduli, dan senang membantu serta membuat orang lain nyaman.',
      en: 'You tend to be warm and caring, and like to help and put people at ease.',
    },
  },
  C: {
    about: {
      id: 'Kehati-hatian: seberapa Anda teratur, teliti, dan menepati rencana serta kewajiban.',
      en: 'Conscientiousness: how orderly and thorough you are, and how you keep to plans and duties.',
    },
    low: {
      id: 'Anda cenderung spontan dan fleksibel, dan kadang kurang memperhatikan keteraturan atau jadwal.',
      en: 'You tend to be spontaneous and flexible, and sometimes pay less attention to order or schedules.',
    },
    average: {
      id: 'Anda cukup teratur dan teliti, dengan ruang untuk bersikap fleksibel.',
      en: 'You are fairly orderly and careful, with room to be flexible.',
    },
    high: {
      id: 'Anda cenderung teratur, teliti, dan menyelesaikan tugas tepat waktu sesuai rencana.',
      en: 'You tend to be organised and thorough, and finish tasks on time as planned.',
    },
  },
  ES: {
    about: {
      id: 'Kestabilan emosi: seberapa tenang dan santai Anda menghadapi tekanan dan perubahan suasana hati.',
      en: 'Emotional Stability: how calm and relaxed you stay under pressure and through changes of mood.',
    },
    low: {
      id: 'Anda cenderung merasakan emosi dengan kuat dan lebih mudah merasa tertekan atau khawatir; dukungan dan lingkungan kerja yang jelas dapat membantu.',
      en: 'You tend to feel emotions strongly and get stressed or worried more easily; support and a clear work setting can help.',
    },
    average: {
      id: 'Anda umumnya cukup tenang, meskipun sesekali merasa tertekan seperti kebanyakan orang.',
      en: 'You are generally fairly calm, though you sometimes feel stressed like most people.',
    },
    high: {
      id: 'Anda cenderung tenang, santai, dan tidak mudah terganggu oleh tekanan.',
      en: 'You tend to be calm and relaxed, and are not easily upset by pressure.',
    },
  },
  O: {
    about: {
      id: 'Intelektualitas/imajinasi: seberapa Anda suka gagasan baru, berpikir abstrak, dan berimajinasi.',
      en: 'Intellect/Imagination: how much you enjoy new ideas, abstract thinking and imagination.',
    },
    low: {
      id: 'Anda cenderung menyukai hal-hal yang konkret, praktis, dan sudah terbukti.',
      en: 'You tend to prefer what is concrete, practical and proven.',
    },
    average: {
      id: 'Anda terbuka pada gagasan baru sambil tetap menghargai cara yang praktis.',
      en: 'You are open to new ideas while valuing practical ways of doing things.',
    },
    high: {
      id: 'Anda cenderung penuh ide, cepat menangkap hal baru, dan senang merenungkan berbagai hal.',
      en: 'You tend to be full of ideas, quick to grasp new things and fond of reflecting on them.',
    },
  },
};

// Neuroticism is Emotional Stability read the other way round.
IPIP_TEXTS.N = {
  about: {
    id: 'Neurotisisme (kebalikan dari kestabilan emosi): seberapa mudah Anda merasa tertekan, khawatir, atau berubah suasana hati.',
    en: 'Neuroticism (the reverse of Emotional Stability): how easily you feel stressed, worried or moody.',
  },
  low: IPIP_TEXTS.ES!.high,
  average: IPIP_TEXTS.ES!.average,
  high: IPIP_TEXTS.ES!.low,
};

/**
 * The plain-language explanation of one scale: what it measures, and for a personality scale with a norm band,
 * what that band means. Null for an unknown instrument or scale.
 */
export function scaleExplanation(instrumentId: string, scaleId: string, band: ScoreBand | null): LocalizedText | null {
  if (instrumentId.startsWith('riasec')) return RIASEC_THEMES[scaleId]?.about ?? null;
  if (instrumentId.startsWith('ipip')) {
    const texts = IPIP_TEXTS[scaleId];
    if (!texts) return null;
    if (band === null) return texts.about;
    return { id: `${texts.about.id} ${texts[band].id}`, en: `${texts.about.en} ${texts[band].en}` };
  }
  return null;
}

/**
 * What an employer may see when the seeker shares it: the Holland code and its themes in words, no scores.
 * Null unless the result is a usable interest result (complete, not flat, not invalid).
 */
export function interestSummary(result: AssessmentResult): { interestCode: string; themes: LocalizedText } | null {
  const holland = result.holland;
  if (result.kind !== 'interest' || !holland || holland.flat || result.status === 'invalid') return null;
  const letters = [...holland.code];
  return {
    interestCode: holland.code,
    themes: {
      id: letters.map((l) => RIASEC_THEMES[l]!.short.id).join('; '),
      en: letters.map((l) => RIASEC_THEMES[l]!.short.en).join('; '),
    },
  };
}

const FLAG_MESSAGES: Record<FlagCode, LocalizedText> = {
  MISSING_ITEMS: { id: 'Beberapa pernyataan dilewati.', en: 'Some statements were skipped.' },
  SCALE_INCOMPLETE: { id: 'Terlalu banyak pernyataan dilewati pada satu skala, sehingga skala itu tidak dapat dinilai.', en: 'Too many statements of one scale were skipped, so that scale cannot be scored.' },
  LONGSTRING: { id: 'Banyak jawaban yang sama berturut-turut.', en: 'Many identical answers in a row.' },
  ZERO_VARIANCE: { id: 'Semua jawaban sama.', en: 'Every answer is the same.' },
  FLAT_PROFILE: { id: 'Semua minat bernilai sama, sehingga tidak ada minat yang menonjol.', en: 'All interests scored the same, so none stands out.' },
  INCONSISTENT: { id: 'Jawaban untuk pernyataan yang mirip saling bertentangan.', en: 'Answers to similar statements contradict each other.' },
  TOO_FAST: { id: 'Pernyataan dijawab terlalu cepat untuk dibaca dengan saksama.', en: 'Statements were answered too fast to be read carefully.' },
  FAST_PAGES: { id: 'Ada halaman yang dijawab sangat cepat.', en: 'Some pages were answered very quickly.' },
  LOW_ELEVATION: { id: 'Hampir semua kegiatan dijawab tidak disukai.', en: 'Almost every activity was marked as disliked.' },
  HIGH_ELEVATION: { id: 'Hampir semua kegiatan dijawab disukai.', en: 'Almost every activity was marked as liked.' },
};

/** A short bilingual description of a validity flag, for the counsellor and the seeker's caution banner. */
export function flagMessage(flag: Pick<ValidityFlag, 'code'>): LocalizedText {
  return FLAG_MESSAGES[flag.code];
}

/** The message a seeker gets instead of career suggestions, and the prompt their counsellor gets. */
export function noSuggestionsMessage(reason: NoSuggestions['none']): { seeker: LocalizedText; counsellor: LocalizedText } {
  const seeker: Record<NoSuggestions['none'], LocalizedText> = {
    invalid: {
      id: 'Jawaban Anda belum dapat kami gunakan untuk menyarankan pekerjaan. Anda dapat mengulang tes dengan membaca setiap pernyataan dengan tenang, atau membicarakannya dengan konselor.',
      en: 'We cannot use your answers to suggest jobs yet. You can retake the test, reading each statement calmly, or talk it over with a counsellor.',
    },
    flat: {
      id: 'Minat Anda pada semua bidang sama kuat, sehingga belum ada bidang yang menonjol. Mencoba berbagai kegiatan atau pelatihan singkat dapat membantu menemukan minat Anda; konselor siap membantu.',
      en: 'Your interests are equally strong in every area, so none stands out yet. Trying different activities or short training courses can help you find them; a counsellor can help.',
    },
    incomplete: {
      id: 'Terlalu banyak pernyataan yang dilewati untuk menyarankan pekerjaan. Anda dapat mengulang tes dan menjawab semua pernyataan.',
      en: 'Too many statements were skipped to suggest jobs. You can retake the test and answer every statement.',
    },
  };
  const counsellor: LocalizedText = {
    id: 'Tidak ada saran pekerjaan dari hasil ini. Pertimbangkan sesi eksplorasi karier, kegiatan pengenalan kerja, atau kelas percobaan BLK.',
    en: 'This result gives no job suggestions. Consider a career exploration session, job taster activities or a BLK taster course.',
  };
  return { seeker: seeker[reason], counsellor };
}
