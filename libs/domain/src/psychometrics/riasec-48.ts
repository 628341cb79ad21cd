import type { InstrumentDefinition, InstrumentItem, LocalizedText } from './types.js';

/** The six Holland types in RIASEC order; the order is also the fixed tie-break of the Holland code. */
export const RIASEC_LETTERS = ['R', 'I', 'A', 'S', 'E', 'C'] as const;
export type RiasecLetter = (typeof RIASEC_LETTERS)[number];

/**
 * The eight activity items of each type (spec §2.1), English verbatim, Indonesian our own provisional
 * translation. US-flavoured items are adapted minimally in Indonesian only (payroll "checks" become pay slips,
 * the summer "camp" a perkemahan, the department store a toserba).
 */
const ITEMS: Record<RiasecLetter, Array<[en: string, id: string]>> = {
  R: [
    ['Test the quality of parts before shipment', 'Menguji mutu komponen sebelum dikirim'],
    ['Lay brick or tile', 'Memasang batu bata atau ubin keramik'],
    ['Work on an offshore oil-drilling rig', 'Bekerja di anjungan pengeboran minyak lepas pantai'],
    ['Assemble electronic parts', 'Merakit komponen elektronik'],
    ['Operate a grinding machine in a factory', 'Mengoperasikan mesin gerinda di pabrik'],
    ['Fix a broken faucet', 'Memperbaiki keran air yang rusak'],
    ['Assemble products in a factory', 'Merakit produk di pabrik'],
    ['Install flooring in houses', 'Memasang lantai di rumah-rumah'],
  ],
  I: [
    ['Study the structure of the human body', 'Mempelajari struktur tubuh manusia'],
    ['Study animal behavior', 'Mempelajari perilaku hewan'],
    ['Do research on plants or animals', 'Melakukan penelitian tentang tumbuhan atau hewan'],
    ['Develop a new medical treatment or procedure', 'Mengembangkan cara pengobatan atau prosedur medis yang baru'],
    ['Conduct biological research', 'Melakukan penelitian biologi'],
    ['Study whales and other types of marine life', 'Mempelajari ikan paus dan jenis kehidupan laut lainnya'],
    ['Work in a biology lab', 'Bekerja di laboratorium biologi'],
    ['Make a map of the bottom of an ocean', 'Membuat peta dasar laut'],
  ],
  A: [
    ['Conduct a musical choir', 'Memimpin paduan suara'],
    ['Direct a play', 'Menyutradarai pementasan drama'],
    ['Design artwork for magazines', 'Merancang karya seni untuk majalah'],
    ['Write a song', 'Menulis lagu'],
    ['Write books or plays', 'Menulis buku atau naskah drama'],
    ['Play a musical instrument', 'Memainkan alat musik'],
    ['Perform stunts for a movie or television show', 'Memperagakan adegan laga berbahaya (stunt) untuk film atau acara televisi'],
    ['Design sets for plays', 'Merancang dekorasi panggung untuk pementasan drama'],
  ],
  S: [
    ['Give career guidance to people', 'Memberikan bimbingan karier kepada orang lain'],
    ['Do volunteer work at a non-profit organization', 'Menjadi relawan di organisasi nirlaba'],
    ['Help people who have problems with drugs or alcohol', 'Membantu orang yang bermasalah dengan narkoba atau minuman keras'],
    ['Teach an individual an exercise routine', 'Mengajari seseorang rangkaian latihan olahraga'],
    ['Help people with family-related problems', 'Membantu orang yang menghadapi masalah keluarga'],
    ['Supervise the activities of children at a camp', 'Mengawasi kegiatan anak-anak di perkemahan'],
    ['Teach children how to read', 'Mengajari anak-anak membaca'],
    ['Help elderly people with their daily activities', 'Membantu orang lanjut usia dalam kegiatan sehari-hari'],
  ],
  E: [
    ['Sell restaurant franchises to individuals', 'Menjual waralaba restoran kepada perorangan'],
    ['Sell merchandise at a department store', 'Menjual barang dagangan di toserba (toko serba ada)'],
    ['Manage the operations of a hotel', 'Mengelola operasional sebuah hotel'],
    ['Operate a beauty salon or barber shop', 'Menjalankan salon kecantikan atau tempat pangkas rambut'],
    ['Manage a department within a large company', 'Memimpin sebuah bagian di perusahaan besar'],
    ['Manage a clothing store', 'Mengelola toko pakaian'],
    ['Sell houses', 'Menjual rumah'],
    ['Run a toy store', 'Menjalankan toko mainan'],
  ],
  C: [
    ['Generate the monthly payroll checks for an office', 'Menyiapkan slip gaji bulanan untuk sebuah kantor'],
    ['Inventory supplies using a hand-held computer', 'Mendata persediaan barang dengan komputer genggam'],
    ['Use a computer program to generate customer bills', 'Membuat tagihan pelanggan dengan program komputer'],
    ['Maintain employee records', 'Mengelola arsip data karyawan'],
    ['Compute and record statistical and other numerical data', 'Menghitung dan mencatat data statistik serta data angka lainnya'],
    ['Operate a calculator', 'Menggunakan kalkulator'],
    ["Handle customers' bank transactions", 'Melayani transaksi perbankan nasabah'],
    ['Keep shipping and receiving records', 'Mencatat pengiriman dan penerimaan barang'],
  ],
};

const SCALE_NAMES: Record<RiasecLetter, LocalizedText> = {
  R: { id: 'Realistis', en: 'Realistic' },
  I: { id: 'Investigatif', en: 'Investigative' },
  A: { id: 'Artistik', en: 'Artistic' },
  S: { id: 'Sosial', en: 'Social' },
  E: { id: 'Wirausaha', en: 'Enterprising' },
  C: { id: 'Konvensional', en: 'Conventional' },
};

/** Administration position of the k-th item (1-based) of a type: the six types interleave, R1 I1 A1 S1 E1 C1 R2 … C8. */
export function riasecPosition(letter: RiasecLetter, k: number): number {
  return (k - 1) * 6 + RIASEC_LETTERS.indexOf(letter) + 1;
}

function riasecItems(): InstrumentItem[] {
  const items: InstrumentItem[] = [];
  for (const letter of RIASEC_LETTERS) {
    ITEMS[letter].forEach(([en, id], index) => {
      items.push({ id: `${letter}${index + 1}`, position: riasecPosition(letter, index + 1), scale: letter, key: 1, text: { id, en } });
    });
  }
  return items.sort((a, b) => a.position - b.position);
}

/** Pages of `size` consecutive positions. */
export function consecutivePages(count: number, size: number): number[][] {
  return Array.from({ length: count }, (_, page) => Array.from({ length: size }, (_, i) => page * size + i + 1));
}

/** RIASEC-48: the public-domain RIASEC marker scales (8 activities per type, 1–5 like/dislike), 4 pages of 12. */
export const RIASEC_48: InstrumentDefinition = {
  id: 'riasec-48',
  version: '1.0.0',
  kind: 'interest',
  title: { id: 'Minat kerja (RIASEC-48)', en: 'Work interests (RIASEC-48)' },
  instructions: {
    id: 'Nilailah seberapa Anda akan senang melakukan setiap kegiatan berikut sebagai bagian dari pekerjaan Anda. Jangan pikirkan apakah Anda sudah memiliki pendidikan atau pelatihannya, atau berapa banyak uang yang akan Anda peroleh.',
    en: "Rate how much you would enjoy performing each activity as part of your work. Don't think about whether you have the education or training, or how much money you would make.",
  },
  license: {
    type: 'public-domain',
    attribution:
      'Public-domain RIASEC marker scales (Armstrong, Allison & Rounds, 2008; Liao, Armstrong & Rounds, 2008). Translation by Kerjaku, 2026 (provisional).',
    provenance:
      'Armstrong, P. I., Allison, W., & Rounds, J. (2008). Development and initial validation of brief public domain RIASEC marker scales. Journal of Vocational Behavior, 73, 287–299; distributed as the IIP "RIASEC Markers" and administered by the Open-Source Psychometrics Project. The activity items were selected from the 30-item scales of the O*NET Interest Profiler; authors and OSPP treat them as public domain (to be signed off by counsel).',
  },
  translation: {
    id: {
      status: 'provisional',
      note: 'Terjemahan awal oleh tim Kerjaku; belum melalui terjemahan balik, wawancara kognitif, dan uji lokal (ITC Guidelines). Provisional translation, not yet validated locally.',
    },
  },
  responseScale: {
    min: 1,
    max: 5,
    labels: {
      id: { '1': 'Tidak suka', '2': 'Agak tidak suka', '3': 'Netral', '4': 'Agak suka', '5': 'Suka' },
      en: { '1': 'Dislike', '2': 'Slightly dislike', '3': 'Neither like nor dislike', '4': 'Slightly enjoy', '5': 'Enjoy' },
    },
  },
  scales: RIASEC_LETTERS.map((letter) => ({ id: letter, name: SCALE_NAMES[letter] })),
  items: riasecItems(),
  pages: consecutivePages(4, 12),
  // Provisional synonym pairs of spec §5.
  pairs: [
    ['I3', 'I5'],
    ['I5', 'I7'],
    ['R4', 'R7'],
    ['S3', 'S5'],
    ['E6', 'E8'],
    ['C1', 'C4'],
    ['C2', 'C8'],
    ['A2', 'A8'],
  ].map(([a, b]) => ({ a: a!, b: b!, type: 'syn' as const })),
  scoring: { method: 'sum', maxMissingPerScale: 1, prorate: true },
  validityPolicy: {
    missing: { warningAtLeast: 1, invalidAboveFraction: 0.1 },
    scaleIncomplete: 'invalid',
    longstring: { warning: 12, invalid: 24 },
    inconsistency: { minPairs: 5, warning: 1.5, invalid: 2.5 },
    minSecondsPerItem: 2,
    fastPageSecondsPerItem: 2,
    elevation: { low: 2, high: 4.5 },
    flatProfile: 'invalid',
    distinctZ: 1,
  },
};
