import { findDiscriminatoryWording, normalizeWording, unapprovedFindings, wordingMessage } from './discriminatory-wording.js';

const phrases = (text: string) => findDiscriminatoryWording(text).map((finding) => finding.phrase);
const categories = (text: string) => findDiscriminatoryWording(text).map((finding) => finding.category);

describe('normalizeWording', () => {
  it('lower-cases, drops accents and punctuation, splits digits from letters', () => {
    expect(normalizeWording('  Usia MAX. 25thn;  Pria/Wanita — Café  ').text).toBe('usia max 25 thn pria wanita cafe');
    expect(normalizeWording('laki2').text).toBe('laki 2');
  });
});

describe('findDiscriminatoryWording flags', () => {
  it.each([
    ['Berpenampilan menarik dan komunikatif', 'Berpenampilan menarik', 'appearance'],
    ['Syarat: penampilan menarik.', 'penampilan menarik', 'appearance'],
    ['PENAMPILAN   MENARIK', 'PENAMPILAN   MENARIK', 'appearance'],
    ['Belum menikah', 'Belum menikah', 'marital_status'],
    ['Status: single', 'single', 'marital_status'],
    ['Pria, single, usia max 25', 'single', 'marital_status'],
    ['Usia maksimal 25 tahun', 'Usia maksimal 25 tahun', 'age'],
    ['Maksimal usia 30 tahun', 'Maksimal usia 30 tahun', 'age'],
    ['Max. 25 tahun', 'Max. 25 tahun', 'age'],
    ['max 25thn', 'max 25thn', 'age'],
    ['Usia 18-25 tahun', 'Usia 18-25 tahun', 'age'],
    ['Umur min. 21 tahun', 'Umur min. 21 tahun', 'age'],
    ['Applicants under 30', 'under 30', 'age'],
    ['Join our young and dynamic team', 'young', 'age'],
    ['Berjiwa muda dan energik', 'Berjiwa muda', 'age'],
    ['Must be unmarried', 'unmarried', 'marital_status'],
    ['Pria/Wanita', 'Pria/Wanita', 'gender'],
    ['Laki-laki/Perempuan', 'Laki-laki/Perempuan', 'gender'],
    ['Khusus wanita', 'Khusus wanita', 'gender'],
    ['Diutamakan laki2', 'Diutamakan laki2', 'gender'],
    ['Jenis kelamin: perempuan', 'Jenis kelamin: perempuan', 'gender'],
    ['Male only', 'Male only', 'gender'],
    ['Beragama Islam', 'Beragama Islam', 'religion'],
    ['beragama', 'beragama', 'religion'],
    ['Diutamakan muslimah', 'Diutamakan muslimah', 'religion'],
    ['Wajib berjilbab', 'berjilbab', 'religion'],
    ['Good looking', 'Good looking', 'appearance'],
    ['Tinggi badan minimal 165 cm', 'Tinggi badan', 'appearance'],
    ['Tidak sedang hamil', 'Tidak sedang hamil', 'marital_status'],
    ['Diutamakan putra daerah', 'putra daerah', 'ethnicity'],
    ['Tidak cacat fisik', 'Tidak cacat', 'disability'],
    ['Bersedia tidak menikah selama kontrak', 'tidak menikah', 'marital_status'],
  ])('%j quotes %j (%s)', (text, phrase, category) => {
    const findings = findDiscriminatoryWording(text);
    expect(findings.map((f) => f.phrase)).toContain(phrase);
    expect(findings.find((f) => f.phrase === phrase)?.category).toBe(category);
  });

  it('quotes every phrase of a typical ad once, in order', () => {
    const ad = 'Dicari SPG. Syarat: Wanita, usia maks 25 tahun, belum menikah, berpenampilan menarik, tinggi badan min 160 cm. Usia maks 25 tahun!';
    expect(phrases(ad)).toEqual(['Wanita', 'usia maks 25 tahun', 'belum menikah', 'berpenampilan menarik', 'tinggi badan']);
    expect(categories(ad)).toEqual(['gender', 'age', 'marital_status', 'appearance', 'appearance']);
  });
});

describe('findDiscriminatoryWording leaves alone', () => {
  it.each([
    'Kami menawarkan program pensiun dan jaminan hari tua sampai usia pensiun.',
    'Usia minimal 18 tahun sesuai ketentuan undang-undang.',
    'Berusia minimal 18 tahun',
    'Gaji menarik dan bonus tahunan.',
    'Attractive salary and benefits.',
    'Mampu bekerja dalam single shift maupun dua shift.',
    'Experience with single sign-on and a single point of contact.',
    'Lowongan terbuka tanpa memandang jenis kelamin, agama, atau usia.',
    'We hire regardless of age, religion, marital status or gender.',
    'Mengelola stok suku cadang kendaraan.',
    'Pengalaman minimal 2 tahun di bidang akuntansi.',
    'Mampu mengangkat beban di bawah 25 kg.',
    'Warna seragam biru muda.',
    'Fresh graduate dipersilakan melamar.',
    'Sehat jasmani dan rohani.',
    'Toilet yang dapat diakses kursi roda tersedia.',
    'Gaji proporsional dengan pengalaman.',
    'Menangani keberagaman pelanggan dari berbagai latar belakang.',
    'Pria atau wanita dipersilakan melamar.',
    'Maksimal 40 jam kerja per minggu.',
  ])('%j', (text) => {
    expect(findDiscriminatoryWording(text)).toEqual([]);
  });
});

describe('exceptions', () => {
  it('an approved phrase no longer counts, however it is spelled', () => {
    const findings = findDiscriminatoryWording('Tinggi badan minimal 170 cm (Perkap 24/2007), berpenampilan menarik');
    expect(unapprovedFindings(findings, ['TINGGI  BADAN']).map((f) => f.phrase)).toEqual(['berpenampilan menarik']);
    expect(wordingMessage(findings)).toContain('"Tinggi badan" (appearance)');
    expect(wordingMessage(findings)).toContain('"berpenampilan menarik"');
  });
});
