type Text = { id: string; en: string };

// What a high score on each scale means, in plain words. Interests and personality describe
// preferences and habits; they never say what a person can or cannot do.
const MEANING: Record<string, Text> = {
  R: { id: 'bekerja dengan tangan, alat, mesin atau di luar ruangan', en: 'working with your hands, tools, machines or outdoors' },
  I: { id: 'meneliti, mengamati dan memecahkan soal', en: 'investigating, observing and solving problems' },
  A: { id: 'mencipta, merancang dan mengekspresikan diri', en: 'creating, designing and expressing yourself' },
  S: { id: 'membantu, mengajar dan merawat orang lain', en: 'helping, teaching and caring for people' },
  E: { id: 'memimpin, menjual dan meyakinkan orang', en: 'leading, selling and persuading people' },
  C: { id: 'mengatur data, catatan dan prosedur dengan teliti', en: 'organising data, records and procedures carefully' },
  E5: { id: 'bergaul, banyak bicara dan bersemangat di tengah orang', en: 'being sociable, talkative and energised by people' },
  A5: { id: 'ramah, peduli dan mudah bekerja sama', en: 'being warm, caring and cooperative' },
  C5: { id: 'teratur, rapi dan menyelesaikan tugas tepat waktu', en: 'being organised, tidy and finishing tasks on time' },
  ES: { id: 'tenang dan stabil saat menghadapi tekanan', en: 'staying calm and steady under pressure' },
  O: { id: 'penuh ide, imajinatif dan suka hal baru', en: 'being full of ideas, imaginative and open to new things' },
};

const LEVEL: Record<'low' | 'average' | 'high', Text> = {
  low: { id: 'Skor Anda rendah untuk', en: 'Your score is low for' },
  average: { id: 'Skor Anda sedang untuk', en: 'Your score is in the middle for' },
  high: { id: 'Skor Anda tinggi untuk', en: 'Your score is high for' },
};

/**
 * For an instrument the domain library has no texts for (an uploaded one): a plain-language sentence per scale in both languages. The level is the norm band when local
 * norms exist, else the POMP third (0–33 low, 34–66 middle, 67–100 high) of the answer range.
 */
export function explainScale(kind: 'interest' | 'personality', scale: string, band: 'low' | 'average' | 'high' | null, pomp: number | null): Text {
  const meaning = MEANING[kind === 'personality' && ['E', 'A', 'C'].includes(scale) ? `${scale}5` : scale] ?? { id: scale, en: scale };
  if (pomp === null) return { id: `Skala ini tidak dinilai karena terlalu banyak jawaban dilewati.`, en: `This scale is not scored: too many answers were skipped.` };
  const level = band ?? (pomp < 100 / 3 ? 'low' : pomp > 200 / 3 ? 'high' : 'average');
  const basis = band ? { id: 'dibanding kelompok pembanding', en: 'compared with the reference group' } : { id: 'dari rentang jawaban', en: 'within the answer range' };
  return {
    id: `${LEVEL[level].id} ${meaning.id} (${basis.id}). Ini gambaran minat dan kebiasaan, bukan ukuran kemampuan.`,
    en: `${LEVEL[level].en} ${meaning.en} (${basis.en}). This describes preferences and habits, not ability.`,
  };
}
