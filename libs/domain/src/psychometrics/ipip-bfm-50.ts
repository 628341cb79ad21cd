import { consecutivePages } from './riasec-48.js';
import type { InstrumentDefinition, InstrumentItem, LocalizedText } from './types.js';

/** The five IPIP Big-Five factor marker scales; ES is keyed toward Emotional Stability (Neuroticism = 60 − ES). */
export const IPIP_SCALES = ['E', 'A', 'C', 'ES', 'O'] as const;
export type IpipScale = (typeof IPIP_SCALES)[number];

/**
 * The 50 items in IPIP administration order (spec §2.2): scale, key, English verbatim, Indonesian our own
 * provisional translation (first person, as the statements are read as "Saya …").
 */
const ITEMS: Array<[scale: IpipScale, key: 1 | -1, en: string, id: string]> = [
  ['E', 1, 'Am the life of the party.', 'Saya menghidupkan suasana di acara kumpul-kumpul.'],
  ['A', -1, 'Feel little concern for others.', 'Saya kurang peduli pada orang lain.'],
  ['C', 1, 'Am always prepared.', 'Saya selalu siap sedia.'],
  ['ES', -1, 'Get stressed out easily.', 'Saya mudah merasa stres.'],
  ['O', 1, 'Have a rich vocabulary.', 'Saya memiliki perbendaharaan kata yang kaya.'],
  ['E', -1, "Don't talk a lot.", 'Saya tidak banyak bicara.'],
  ['A', 1, 'Am interested in people.', 'Saya tertarik pada orang lain.'],
  ['C', -1, 'Leave my belongings around.', 'Saya meletakkan barang-barang saya sembarangan.'],
  ['ES', 1, 'Am relaxed most of the time.', 'Saya merasa santai hampir sepanjang waktu.'],
  ['O', -1, 'Have difficulty understanding abstract ideas.', 'Saya sulit memahami gagasan yang abstrak.'],
  ['E', 1, 'Feel comfortable around people.', 'Saya merasa nyaman berada di tengah orang banyak.'],
  ['A', -1, 'Insult people.', 'Saya menghina orang lain.'],
  ['C', 1, 'Pay attention to details.', 'Saya memperhatikan hal-hal yang rinci.'],
  ['ES', -1, 'Worry about things.', 'Saya mengkhawatirkan banyak hal.'],
  ['O', 1, 'Have a vivid imagination.', 'Saya memiliki daya khayal yang hidup.'],
  ['E', -1, 'Keep in the background.', 'Saya memilih berada di belakang layar.'],
  ['A', 1, "Sympathize with others' feelings.", 'Saya bersimpati pada perasaan orang lain.'],
  ['C', -1, 'Make a mess of things.', 'Saya membuat banyak hal menjadi berantakan.'],
  ['ES', 1, 'Seldom feel blue.', 'Saya jarang merasa sedih.'],
  ['O', -1, 'Am not interested in abstract ideas.', 'Saya tidak tertarik pada gagasan yang abstrak.'],
  ['E', 1, 'Start conversations.', 'Saya memulai percakapan.'],
  ['A', -1, "Am not interested in other people's problems.", 'Saya tidak tertarik pada masalah orang lain.'],
  ['C', 1, 'Get chores done right away.', 'Saya segera menyelesaikan tugas-tugas rutin.'],
  ['ES', -1, 'Am easily disturbed.', 'Saya mudah terganggu.'],
  ['O', 1, 'Have excellent ideas.', 'Saya punya gagasan-gagasan yang sangat bagus.'],
  ['E', -1, 'Have little to say.', 'Saya jarang punya banyak hal untuk dibicarakan.'],
  ['A', 1, 'Have a soft heart.', 'Saya berhati lembut.'],
  ['C', -1, 'Often forget to put things back in their proper place.', 'Saya sering lupa mengembalikan barang ke tempatnya.'],
  ['ES', -1, 'Get upset easily.', 'Saya mudah merasa gusar.'],
  ['O', -1, 'Do not have a good imagination.', 'Daya khayal saya kurang baik.'],
  ['E', 1, 'Talk to a lot of different people at parties.', 'Saya berbincang dengan banyak orang yang berbeda di acara kumpul-kumpul.'],
  ['A', -1, 'Am not really interested in others.', 'Saya tidak begitu tertarik pada orang lain.'],
  ['C', 1, 'Like order.', 'Saya menyukai keteraturan.'],
  ['ES', -1, 'Change my mood a lot.', 'Suasana hati saya sering berubah.'],
  ['O', 1, 'Am quick to understand things.', 'Saya cepat memahami sesuatu.'],
  ['E', -1, "Don't like to draw attention to myself.", 'Saya tidak suka menarik perhatian orang kepada diri saya.'],
  ['A', 1, 'Take time out for others.', 'Saya meluangkan waktu untuk orang lain.'],
  ['C', -1, 'Shirk my duties.', 'Saya melalaikan kewajiban saya.'],
  ['ES', -1, 'Have frequent mood swings.', 'Suasana hati saya sering naik turun.'],
  ['O', 1, 'Use difficult words.', 'Saya menggunakan kata-kata yang sulit.'],
  ['E', 1, "Don't mind being the center of attention.", 'Saya tidak keberatan menjadi pusat perhatian.'],
  ['A', 1, "Feel others' emotions.", 'Saya ikut merasakan emosi orang lain.'],
  ['C', 1, 'Follow a schedule.', 'Saya mengikuti jadwal.'],
  ['ES', -1, 'Get irritated easily.', 'Saya mudah jengkel.'],
  ['O', 1, 'Spend time reflecting on things.', 'Saya meluangkan waktu untuk merenungkan berbagai hal.'],
  ['E', -1, 'Am quiet around strangers.', 'Saya pendiam di depan orang yang belum saya kenal.'],
  ['A', 1, 'Make people feel at ease.', 'Saya membuat orang lain merasa nyaman.'],
  ['C', 1, 'Am exacting in my work.', 'Saya teliti dan cermat dalam pekerjaan saya.'],
  ['ES', -1, 'Often feel blue.', 'Saya sering merasa sedih.'],
  ['O', 1, 'Am full of ideas.', 'Saya penuh dengan gagasan.'],
];

const SCALE_NAMES: Record<IpipScale, LocalizedText> = {
  E: { id: 'Ekstraversi', en: 'Extraversion' },
  A: { id: 'Keramahan', en: 'Agreeableness' },
  C: { id: 'Kehati-hatian', en: 'Conscientiousness' },
  ES: { id: 'Kestabilan emosi', en: 'Emotional Stability' },
  O: { id: 'Intelektualitas/Imajinasi', en: 'Intellect/Imagination' },
};

/** Item ids are the scale and the item's rank within its scale in administration order (E1 = position 1, E2 = position 6 …). */
function ipipItems(): InstrumentItem[] {
  const seen: Record<string, number> = {};
  return ITEMS.map(([scale, key, en, id], index) => {
    seen[scale] = (seen[scale] ?? 0) + 1;
    return { id: `${scale}${seen[scale]}`, position: index + 1, scale, key, text: { id, en } };
  });
}

const IPIP_ITEMS = ipipItems();

function idAt(position: number): string {
  const item = IPIP_ITEMS.find((i) => i.position === position);
  if (!item) throw new Error(`IPIP-BFM-50 has no position ${position}`);
  return item.id;
}

/** IPIP-BFM-50: Goldberg's (1992) Big-Five factor markers, 50 items, 1–5 accuracy, 5 pages of 10. */
export const IPIP_BFM_50: InstrumentDefinition = {
  id: 'ipip-bfm-50',
  version: '1.0.0',
  kind: 'personality',
  title: { id: 'Gambaran diri (IPIP Big-Five, 50 butir)', en: 'Personality (IPIP Big-Five, 50 items)' },
  instructions: {
    id: 'Gambarkan diri Anda sebagaimana Anda pada umumnya saat ini, bukan seperti yang Anda inginkan di masa depan. Gambarkan diri Anda dengan jujur, dibandingkan dengan orang lain yang Anda kenal yang berjenis kelamin sama dan kira-kira seusia dengan Anda. Pilih seberapa sesuai setiap pernyataan menggambarkan diri Anda.',
    en: 'Describe yourself as you generally are now, not as you wish to be in the future. Describe yourself as you honestly see yourself, in relation to other people you know of the same sex as you are, and roughly your same age. Indicate how accurately each statement describes you.',
  },
  license: {
    type: 'public-domain',
    attribution: 'Items from the International Personality Item Pool (ipip.ori.org), public domain; Goldberg (1992) Big-Five factor markers.',
    provenance:
      'Goldberg, L. R. (1992). The development of markers for the Big-Five factor structure. Psychological Assessment, 4(1), 26–42. Keys and administration order from ipip.ori.org (newBigFive5broadKey.htm, New_IPIP-50-item-scale.htm); IPIP states that anybody can administer its measures without asking for permission. Indonesian wording is our own, not that of Akhtar & Azwar (2019).',
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
      id: { '1': 'Sangat tidak sesuai', '2': 'Agak tidak sesuai', '3': 'Antara sesuai dan tidak', '4': 'Agak sesuai', '5': 'Sangat sesuai' },
      en: {
        '1': 'Very Inaccurate',
        '2': 'Moderately Inaccurate',
        '3': 'Neither Accurate Nor Inaccurate',
        '4': 'Moderately Accurate',
        '5': 'Very Accurate',
      },
    },
  },
  scales: IPIP_SCALES.map((scale) => ({ id: scale, name: SCALE_NAMES[scale] })),
  items: IPIP_ITEMS,
  pages: consecutivePages(5, 10),
  // A-priori pairs of spec §5, by administration position.
  pairs: [
    ...[
      [34, 39],
      [8, 28],
      [10, 20],
      [16, 36],
      [29, 44],
    ].map(([a, b]) => ({ a: idAt(a!), b: idAt(b!), type: 'syn' as const })),
    ...[
      [19, 49],
      [15, 30],
      [7, 32],
      [41, 36],
      [9, 4],
    ].map(([a, b]) => ({ a: idAt(a!), b: idAt(b!), type: 'ant' as const })),
  ],
  scoring: { method: 'sum', maxMissingPerScale: 2, prorate: true },
  validityPolicy: {
    missing: { warningAtLeast: 1, invalidAboveFraction: 0.1 },
    scaleIncomplete: 'warning',
    longstring: { warning: 10, invalid: 25 },
    inconsistency: { minPairs: 6, warning: 1.5, invalid: 2.5 },
    minSecondsPerItem: 2,
    fastPageSecondsPerItem: 2,
    elevation: null,
    flatProfile: null,
    distinctZ: 1,
  },
};
