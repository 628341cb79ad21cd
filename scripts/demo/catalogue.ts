/**
 * Fixed facts and assumptions about Jawa Tengah used to shape the synthetic data. Reference rows
 * (regions, education levels, occupations, skills) come from the database; the tables here are keyed
 * by their codes and anything they do not know falls back to a neutral default, so the generator
 * keeps working when the reference data changes.
 */

export interface RegencyFacts {
  /** Population, BPS Sensus Penduduk 2020 (rounded to the thousand). */
  population: number;
  /**
   * UMK 2025 in rupiah per month, APPROXIMATE: the 2024 UMK (Keputusan Gubernur Jawa Tengah on
   * UMK 2024) raised by the 6.5 % national increase for 2025 and rounded to the thousand. Good
   * enough for demo wages; check the governor's decree before using it for anything else.
   */
  umk: number;
  /**
   * How much more likely an employer is to be here than the population alone suggests (assumed,
   * from where the province's industry sits: Semarang's and Kendal's industrial estates, Solo Raya's
   * textile belt, Kudus (tobacco), Jepara (furniture), Batang (KIT Batang), Cilacap (refinery, cement)).
   */
  industry: number;
}

/** Keyed by Kemendagri/BPS regency code. */
export const REGENCY_FACTS: Readonly<Record<string, RegencyFacts>> = {
  '3301': { population: 1_945_000, umk: 2_640_000, industry: 1.3 }, // Cilacap
  '3302': { population: 1_777_000, umk: 2_338_000, industry: 0.9 }, // Banyumas
  '3303': { population: 999_000, umk: 2_338_000, industry: 0.9 }, // Purbalingga (wig and eyelash factories)
  '3304': { population: 1_018_000, umk: 2_170_000, industry: 0.5 }, // Banjarnegara
  '3305': { population: 1_350_000, umk: 2_259_000, industry: 0.6 }, // Kebumen
  '3306': { population: 770_000, umk: 2_266_000, industry: 0.6 }, // Purworejo
  '3307': { population: 879_000, umk: 2_254_000, industry: 0.5 }, // Wonosobo
  '3308': { population: 1_300_000, umk: 2_465_000, industry: 0.8 }, // Kab. Magelang
  '3309': { population: 1_063_000, umk: 2_397_000, industry: 1.2 }, // Boyolali
  '3310': { population: 1_261_000, umk: 2_389_000, industry: 1.0 }, // Klaten
  '3311': { population: 908_000, umk: 2_359_000, industry: 1.5 }, // Sukoharjo
  '3312': { population: 1_043_000, umk: 2_180_000, industry: 0.5 }, // Wonogiri
  '3313': { population: 932_000, umk: 2_437_000, industry: 1.5 }, // Karanganyar
  '3314': { population: 977_000, umk: 2_182_000, industry: 0.8 }, // Sragen
  '3315': { population: 1_454_000, umk: 2_206_000, industry: 0.5 }, // Grobogan
  '3316': { population: 884_000, umk: 2_237_000, industry: 0.5 }, // Blora
  '3317': { population: 645_000, umk: 2_206_000, industry: 0.7 }, // Rembang
  '3318': { population: 1_324_000, umk: 2_333_000, industry: 0.8 }, // Pati
  '3319': { population: 849_000, umk: 2_680_000, industry: 2.0 }, // Kudus
  '3320': { population: 1_185_000, umk: 2_610_000, industry: 1.6 }, // Jepara
  '3321': { population: 1_204_000, umk: 2_941_000, industry: 1.4 }, // Demak
  '3322': { population: 1_053_000, umk: 2_750_000, industry: 1.8 }, // Kab. Semarang
  '3323': { population: 790_000, umk: 2_259_000, industry: 0.6 }, // Temanggung
  '3324': { population: 1_019_000, umk: 2_783_000, industry: 1.8 }, // Kendal
  '3325': { population: 802_000, umk: 2_470_000, industry: 1.4 }, // Batang
  '3326': { population: 969_000, umk: 2_490_000, industry: 1.1 }, // Kab. Pekalongan
  '3327': { population: 1_471_000, umk: 2_302_000, industry: 0.7 }, // Pemalang
  '3328': { population: 1_597_000, umk: 2_348_000, industry: 0.9 }, // Kab. Tegal
  '3329': { population: 1_979_000, umk: 2_240_000, industry: 0.9 }, // Brebes
  '3371': { population: 122_000, umk: 2_281_000, industry: 1.2 }, // Kota Magelang
  '3372': { population: 522_000, umk: 2_416_000, industry: 2.0 }, // Kota Surakarta
  '3373': { population: 192_000, umk: 2_502_000, industry: 1.4 }, // Kota Salatiga
  '3374': { population: 1_654_000, umk: 3_455_000, industry: 2.6 }, // Kota Semarang
  '3375': { population: 307_000, umk: 2_545_000, industry: 1.6 }, // Kota Pekalongan
  '3376': { population: 274_000, umk: 2_418_000, industry: 1.4 }, // Kota Tegal
};

/** For a region the table does not know: a middling regency. */
export const DEFAULT_REGENCY_FACTS: RegencyFacts = { population: 1_000_000, umk: 2_350_000, industry: 1 };

/** The region of the demo logins (Kota Semarang, the provincial capital). */
export const DEMO_HOME_REGENCY = '3374';

/**
 * Education of registered job seekers, in percent. ASSUMED: shaped after BPS Sakernas (Agustus
 * 2024) for Jawa Tengah, where upper-secondary graduates (SMK first, then SMA) are by far the
 * largest group of the openly unemployed, followed by primary/lower-secondary and then S1; the
 * platform's users lean a little more educated than the unemployed as a whole.
 */
export const EDUCATION_SHARES: Readonly<Record<string, number>> = {
  SD: 6,
  SMP: 13,
  SMA: 26,
  SMK: 32,
  D1: 1,
  D2: 0.5,
  D3: 6,
  D4: 2,
  S1: 13,
  S2: 0.5,
  S3: 0.02,
};

/** Share for an education level the table does not know. */
export const DEFAULT_EDUCATION_SHARE = 0.5;

/**
 * Age bands of job seekers, percent. ASSUMED: youth (15–24) are the largest group, as in BPS Sakernas,
 * where the youth unemployment rate is several times the adult one.
 */
export const AGE_BANDS: ReadonlyArray<readonly [from: number, to: number, share: number]> = [
  [15, 19, 12],
  [20, 24, 33],
  [25, 29, 20],
  [30, 34, 12],
  [35, 39, 8],
  [40, 44, 6],
  [45, 49, 4],
  [50, 54, 3],
  [55, 60, 2],
];

/** The youngest plausible age of a person with an education level of that rank (see education-levels). */
export function minimumAgeForRank(rank: number): number {
  if (rank <= 2) return 15;
  if (rank === 3) return 17;
  if (rank <= 6) return 19 + (rank - 4);
  if (rank === 7) return 21;
  if (rank === 8) return 23;
  return 27;
}

/**
 * Skill groups (codes of skills.json's groups) close to each field of study. Used to make the
 * occupation a person worked in or studied for agree with their field. Unknown fields get none.
 */
export const FIELD_SKILL_GROUPS: Readonly<Record<string, readonly string[]>> = {
  'administrasi-publik': ['office-admin', 'management-hr'],
  agribisnis: ['agriculture', 'livestock', 'retail-sales'],
  agroteknologi: ['agriculture'],
  akuntansi: ['accounting-finance'],
  arsitektur: ['construction'],
  'bahasa-asia': ['languages', 'overseas-work', 'hospitality-tourism'],
  'bahasa-inggris': ['languages', 'education', 'hospitality-tourism'],
  'bisnis-pemasaran': ['retail-sales'],
  'desain-komunikasi-visual': ['creative-media'],
  'ekonomi-manajemen': ['management-hr', 'accounting-finance'],
  farmasi: ['health-care'],
  fisioterapi: ['health-care'],
  gizi: ['health-care', 'culinary'],
  hukum: ['management-hr', 'office-admin'],
  'ilmu-komunikasi': ['creative-media'],
  informatika: ['ict'],
  k3: ['safety-security'],
  kebidanan: ['health-care'],
  kedokteran: ['health-care'],
  'kedokteran-gigi': ['health-care'],
  'kedokteran-hewan': ['livestock'],
  kehutanan: ['agriculture'],
  keperawatan: ['health-care', 'care-domestic'],
  'kesehatan-masyarakat': ['health-care'],
  'kimia-analisis': ['manufacturing', 'food-processing'],
  'kriya-seni': ['crafts', 'garment-textile', 'furniture-wood'],
  kuliner: ['culinary', 'food-processing'],
  logistik: ['logistics-driving'],
  'manajemen-perkantoran': ['office-admin'],
  'matematika-statistika': ['ict', 'accounting-finance'],
  'nautika-teknika': ['fisheries', 'logistics-driving'],
  'pendidikan-bidang-studi': ['education'],
  'pendidikan-guru': ['education'],
  perbankan: ['accounting-finance'],
  perhotelan: ['hospitality-tourism', 'culinary'],
  perikanan: ['fisheries'],
  peternakan: ['livestock'],
  psikologi: ['management-hr', 'education'],
  'rekayasa-perangkat-lunak': ['ict'],
  'seni-pertunjukan': ['creative-media'],
  'sistem-informasi': ['ict'],
  'tata-busana': ['garment-textile'],
  'tata-kecantikan': ['beauty'],
  'teknik-elektro': ['electrical'],
  'teknik-elektronika': ['electrical', 'manufacturing'],
  'teknik-furnitur': ['furniture-wood'],
  'teknik-industri': ['manufacturing', 'management-hr'],
  'teknik-kimia': ['manufacturing', 'food-processing'],
  'teknik-komputer-jaringan': ['ict', 'electrical'],
  'teknik-lingkungan': ['safety-security', 'construction'],
  'teknik-mesin': ['manufacturing', 'welding-metal', 'automotive'],
  'teknik-otomotif': ['automotive'],
  'teknik-pendingin': ['electrical'],
  'teknik-pengelasan': ['welding-metal'],
  'teknik-sipil': ['construction'],
  'teknologi-laboratorium-medis': ['health-care'],
  'teknologi-pangan': ['food-processing'],
  tekstil: ['garment-textile'],
  'usaha-perjalanan-wisata': ['hospitality-tourism'],
};

/**
 * How popular a field is among graduates, relative (assumed; the big SMK programmes in Jawa Tengah
 * are automotive, computer networking, accounting, office management and marketing). Default 1.
 */
export const FIELD_POPULARITY: Readonly<Record<string, number>> = {
  'teknik-otomotif': 4,
  'teknik-komputer-jaringan': 3,
  akuntansi: 3,
  'manajemen-perkantoran': 3,
  'bisnis-pemasaran': 2.5,
  'teknik-mesin': 2.5,
  'ekonomi-manajemen': 2.5,
  'tata-busana': 2,
  keperawatan: 2,
  'teknik-elektro': 2,
  'rekayasa-perangkat-lunak': 2,
  informatika: 2,
  'pendidikan-bidang-studi': 2,
  'pendidikan-guru': 2,
  farmasi: 1.5,
  kuliner: 1.5,
  perhotelan: 1.5,
  'teknik-sipil': 1.5,
  hukum: 1.5,
  kedokteran: 0.5,
  'kedokteran-gigi': 0.3,
  'kedokteran-hewan': 0.3,
  'nautika-teknika': 0.5,
};

/** Skill groups whose occupations every kind of employer hires for (office, sales, drivers, guards). */
export const CROSS_SECTOR_GROUPS: readonly string[] = ['office-admin', 'accounting-finance', 'management-hr', 'logistics-driving', 'safety-security'];

/**
 * Occupations (ISCO-08 codes) that people mostly practise self-employed, so they rarely appear as
 * vacancies (assumed): market and street vendors, shop keepers, door-to-door sellers, smallholder
 * farmers and fishers, odd-job workers.
 */
export const MOSTLY_SELF_EMPLOYED: ReadonlySet<string> = new Set(['5211', '5212', '5221', '5243', '9520', '6111', '6112', '6130', '6222', '6223', '9622']);

/** Skill groups taught by BLK (vocational training centre) programmes, with relative weight. */
export const TRAINING_GROUPS: Readonly<Record<string, number>> = {
  'welding-metal': 3,
  automotive: 3,
  electrical: 3,
  'garment-textile': 3,
  manufacturing: 2,
  culinary: 2,
  'food-processing': 2,
  beauty: 2,
  ict: 2,
  construction: 2,
  'furniture-wood': 2,
  'hospitality-tourism': 1.5,
  'office-admin': 1.5,
  agriculture: 1,
  livestock: 1,
  fisheries: 1,
  crafts: 1,
  'overseas-work': 1,
  languages: 1,
  'creative-media': 1,
  'care-domestic': 1,
};

export interface Sector {
  /** Stored in employers.sector. */
  code: string;
  /** How the company describes itself ("perusahaan ..."). */
  description: string;
  /** Words that end company names in this sector ("PT Sinar Jaya Garmen"). */
  nameWords: readonly string[];
  /** Skill groups of the occupations this sector hires for. */
  groups: readonly string[];
  /** Relative share of employers on the platform (assumed, after Jawa Tengah's employment by sector). */
  share: number;
}

export const SECTORS: readonly Sector[] = [
  { code: 'garment_textile', description: 'industri garmen dan tekstil', nameWords: ['Garmen', 'Tekstil', 'Konveksi', 'Busana', 'Apparel'], groups: ['garment-textile'], share: 12 },
  { code: 'manufacturing', description: 'industri manufaktur', nameWords: ['Manufaktur', 'Industri', 'Plastindo', 'Logam', 'Presisi', 'Teknik'], groups: ['manufacturing', 'welding-metal', 'electrical'], share: 12 },
  { code: 'furniture', description: 'industri mebel dan pengolahan kayu', nameWords: ['Mebel', 'Furnitur', 'Kayu', 'Interior'], groups: ['furniture-wood', 'crafts'], share: 6 },
  { code: 'food_beverage', description: 'industri makanan dan minuman', nameWords: ['Pangan', 'Food', 'Snack', 'Minuman', 'Boga'], groups: ['food-processing', 'culinary'], share: 8 },
  { code: 'automotive', description: 'bengkel dan layanan otomotif', nameWords: ['Motor', 'Otomotif', 'Auto'], groups: ['automotive'], share: 5 },
  { code: 'construction', description: 'jasa konstruksi', nameWords: ['Konstruksi', 'Bangun', 'Beton', 'Karya'], groups: ['construction', 'welding-metal'], share: 7 },
  { code: 'retail_trade', description: 'perdagangan besar dan eceran', nameWords: ['Swalayan', 'Mart', 'Niaga', 'Dagang', 'Retail'], groups: ['retail-sales'], share: 14 },
  { code: 'hospitality', description: 'perhotelan dan restoran', nameWords: ['Hotel', 'Resto', 'Kuliner', 'Wisata'], groups: ['hospitality-tourism', 'culinary'], share: 8 },
  { code: 'logistics', description: 'logistik dan transportasi', nameWords: ['Logistik', 'Ekspres', 'Transport', 'Kargo'], groups: ['logistics-driving'], share: 6 },
  { code: 'health', description: 'layanan kesehatan', nameWords: ['Medika', 'Husada', 'Farma', 'Sehat'], groups: ['health-care'], share: 5 },
  { code: 'ict', description: 'teknologi informasi dan media', nameWords: ['Digital', 'Teknologi', 'Data', 'Media'], groups: ['ict', 'creative-media'], share: 4 },
  { code: 'finance', description: 'jasa keuangan', nameWords: ['Finansial', 'Dana', 'Artha'], groups: ['accounting-finance'], share: 4 },
  { code: 'agriculture', description: 'pertanian, perkebunan dan peternakan', nameWords: ['Agro', 'Tani', 'Perkebunan', 'Ternak'], groups: ['agriculture', 'livestock'], share: 5 },
  { code: 'fisheries', description: 'perikanan', nameWords: ['Bahari', 'Mina', 'Samudra'], groups: ['fisheries'], share: 2 },
  { code: 'education', description: 'pendidikan dan pelatihan', nameWords: ['Edukasi', 'Cendekia', 'Pendidikan'], groups: ['education', 'languages'], share: 2 },
  { code: 'services', description: 'jasa kebersihan, keamanan dan perawatan', nameWords: ['Jasa', 'Layanan', 'Servis'], groups: ['care-domestic', 'beauty', 'safety-security'], share: 3 },
  { code: 'crafts', description: 'kerajinan dan batik', nameWords: ['Batik', 'Kerajinan', 'Kriya'], groups: ['crafts', 'garment-textile'], share: 3 },
];

/** Company size on the platform, percent (assumed: larger firms post more, so they register more often than their share of firms). */
export const EMPLOYER_SIZES: ReadonlyArray<readonly ['micro' | 'small' | 'medium' | 'large', number]> = [
  ['micro', 30],
  ['small', 35],
  ['medium', 23],
  ['large', 12],
];

/** How many more vacancies a company of each size posts than a micro one (assumed). */
export const VACANCIES_BY_SIZE: Readonly<Record<string, number>> = { micro: 1, small: 2, medium: 4, large: 8 };

export const LEGAL_FORMS: ReadonlyArray<readonly [string, number]> = [
  ['PT', 60],
  ['CV', 30],
  ['UD', 7],
  ['Koperasi', 3],
];

export const COMPANY_WORDS: readonly string[] = [
  'Sinar', 'Jaya', 'Maju', 'Abadi', 'Makmur', 'Sentosa', 'Mulia', 'Sejahtera', 'Karya', 'Mandiri', 'Bersama', 'Utama',
  'Cahaya', 'Agung', 'Sumber', 'Berkah', 'Indah', 'Lestari', 'Prima', 'Nusantara', 'Mitra', 'Tunas', 'Surya', 'Bintang',
  'Putra', 'Harapan', 'Citra', 'Dharma', 'Sakti', 'Mekar', 'Gemilang', 'Perkasa', 'Santosa', 'Anugerah', 'Rejeki', 'Widya',
  'Tirta', 'Kencana', 'Permata', 'Samudera', 'Gunung', 'Merapi', 'Merbabu', 'Muria', 'Jawa', 'Mataram', 'Sindoro', 'Tidar',
];

export const STREET_NAMES: readonly string[] = [
  'Jl. Pemuda', 'Jl. Diponegoro', 'Jl. Jenderal Sudirman', 'Jl. Gatot Subroto', 'Jl. Ahmad Yani', 'Jl. Pahlawan', 'Jl. Pandanaran',
  'Jl. Gajah Mada', 'Jl. Veteran', 'Jl. Kartini', 'Jl. Dr. Cipto', 'Jl. Merdeka', 'Jl. Slamet Riyadi', 'Jl. Sisingamangaraja',
  'Jl. Imam Bonjol', 'Jl. Hasanuddin', 'Jl. Pattimura', 'Jl. Teuku Umar', 'Jl. MT Haryono', 'Jl. Sultan Agung', 'Jl. Pangeran Diponegoro',
  'Jl. Kyai Haji Wahid Hasyim', 'Jl. Raya Pantura', 'Jl. Raya Solo–Semarang', 'Jl. Letjen Suprapto', 'Jl. Mayjen Sungkono',
  "Jl. Ki Hajar Dewantara", 'Jl. Brigjen Katamso', 'Jl. Tentara Pelajar', 'Jl. Dr. Wahidin', 'Jl. Melati', 'Jl. Kenanga', 'Jl. Flamboyan',
];

/** Industrial estates by regency, used for part of the medium and large employers' addresses. */
export const INDUSTRIAL_ESTATES: Readonly<Record<string, readonly string[]>> = {
  '3374': ['Kawasan Industri Wijayakusuma', 'Kawasan Industri Candi', 'Kawasan Industri Terboyo'],
  '3324': ['Kawasan Industri Kendal'],
  '3322': ['Kawasan Industri Bawen'],
  '3325': ['Kawasan Industri Terpadu Batang'],
  '3321': ['Kawasan Industri Sayung'],
  '3311': ['Kawasan Industri Nguter'],
  '3329': ['Kawasan Industri Brebes'],
  '3301': ['Kawasan Industri Cilacap'],
};

export const MALE_GIVEN_NAMES: readonly string[] = [
  'Agus', 'Ahmad', 'Aji', 'Andi', 'Anton', 'Ari', 'Arif', 'Bagus', 'Bambang', 'Bayu', 'Budi', 'Catur', 'Candra', 'Danang', 'Dani',
  'Dedi', 'Dimas', 'Dwi', 'Edi', 'Eko', 'Fahmi', 'Fajar', 'Fauzan', 'Fikri', 'Galih', 'Gilang', 'Guntur', 'Hadi', 'Hanif', 'Haris',
  'Hendra', 'Heru', 'Ikhsan', 'Ilham', 'Imam', 'Indra', 'Irfan', 'Iwan', 'Jaka', 'Joko', 'Khoirul', 'Kusnadi', 'Lukman', 'Lutfi',
  "Ma'ruf", 'Miftahul', 'Mochamad', 'Muhammad', 'Mulyono', 'Nanang', "Nu'man", 'Nugroho', 'Nur', 'Pandu', 'Panji', 'Prasetyo', 'Puji',
  'Purnomo', 'Ragil', 'Rahmat', 'Rendra', "Rif'an", 'Rizki', 'Rudi', 'Satria', 'Setyo', 'Sigit', 'Slamet', 'Sugeng', 'Sukardi',
  "Syafi'i", 'Taufik', 'Tegar', 'Teguh', 'Tri', 'Wahyu', 'Wisnu', 'Yanuar', 'Yoga', 'Yudha', 'Yusuf', 'Zainal', 'Aditya', 'Bima',
  'Dony', 'Erwin', 'Feri', 'Gatot', 'Harun', 'Johan', 'Krisna', 'Lilik', 'Marwan', 'Nofi', 'Okky', 'Riyan', 'Sapto', 'Tono', 'Wawan',
];

export const FEMALE_GIVEN_NAMES: readonly string[] = [
  'Ajeng', 'Ani', 'Anik', 'Anisa', 'Aulia', 'Ayu', 'Bella', 'Citra', 'Desi', 'Dewi', 'Dian', 'Dwi', 'Eka', 'Endah', 'Eni', 'Erna',
  'Farida', 'Fitri', 'Galuh', 'Hana', 'Ika', 'Indah', 'Intan', 'Juwita', 'Kartika', 'Kurnia', 'Laras', 'Lestari', 'Lina', 'Maya',
  'Mega', "Mu'alimah", 'Nanik', 'Nia', 'Novi', 'Nur', "Nur'aini", 'Nurul', 'Okta', 'Peni', 'Puji', 'Putri', 'Rahayu', 'Ratih', 'Ratna',
  'Retno', 'Rina', 'Rini', 'Rohmah', "Sa'adah", 'Salsabila', 'Sekar', 'Siti', 'Sri', 'Suci', 'Tika', 'Tri', 'Tyas', 'Umi', 'Utami',
  'Vina', 'Winda', 'Wiwik', 'Wulan', 'Yeni', 'Yuli', 'Yuni', 'Zahra', 'Annisa', 'Dinda', 'Elis', 'Fara', 'Gita', 'Heni', 'Irma',
  'Lia', 'Marlina', 'Nining', 'Prita', 'Rani', 'Septi', 'Tutik', 'Vivi', 'Yanti',
];

export const MALE_FAMILY_NAMES: readonly string[] = [
  'Setiawan', 'Santoso', 'Wibowo', 'Prasetyo', 'Nugroho', 'Saputra', 'Kurniawan', 'Hidayat', 'Susanto', 'Purnomo', 'Wijaya',
  'Gunawan', 'Pratama', 'Utomo', 'Hartono', 'Haryanto', 'Sutrisno', 'Firmansyah', 'Ramadhan', 'Setyawan', 'Sulistyo', 'Wicaksono',
  'Hermawan', 'Yulianto', 'Cahyono', 'Darmawan', 'Suryanto', 'Triyono', 'Widodo', 'Riyadi', 'Mulyadi', 'Budiman',
];

export const FEMALE_FAMILY_NAMES: readonly string[] = [
  'Rahmawati', 'Lestari', 'Wulandari', 'Handayani', 'Puspitasari', 'Kusuma', 'Sulistyowati', 'Maharani', 'Anggraini', 'Rahayu',
  'Astuti', 'Suryani', 'Wahyuni', 'Fitriani', 'Susanti', 'Permatasari', 'Safitri', 'Kurniasih', 'Setyaningsih', 'Purwanti',
  'Nurhayati', 'Yuliani', 'Pertiwi', 'Ningrum', 'Hastuti', 'Oktaviani', 'Mardiyah', 'Utami',
];

/** Single-word Javanese names, common among older people. */
export const MALE_MONONYMS: readonly string[] = ['Sutrisno', 'Paimin', 'Suparman', 'Sukirno', 'Tukiman', 'Ngadimin', 'Sumarno', 'Warsito', 'Sarwono', 'Parjo'];
export const FEMALE_MONONYMS: readonly string[] = ['Sumarni', 'Suparmi', 'Sutini', 'Painem', 'Tukiyem', 'Ngatini', 'Sulastri', 'Warsini', 'Suwarni', 'Parinem'];

/** Prefixes of Indonesian mobile numbers (Telkomsel, Indosat, XL, Tri, Smartfren). */
export const MOBILE_PREFIXES: readonly string[] = ['812', '813', '821', '822', '852', '853', '857', '858', '877', '878', '895', '896', '881', '882'];

/** What a vacancy may offer to applicants with disabilities (stored in vacancies.accommodations). */
export const ACCOMMODATIONS: readonly string[] = ['wheelchair_access', 'accessible_toilet', 'sign_language', 'screen_reader', 'flexible_hours', 'remote_possible'];

export const ACCOMMODATION_LABELS: Readonly<Record<string, string>> = {
  wheelchair_access: 'akses kursi roda',
  accessible_toilet: 'toilet ramah disabilitas',
  sign_language: 'pendampingan bahasa isyarat',
  screen_reader: 'perangkat pembaca layar',
  flexible_hours: 'jam kerja fleksibel',
  remote_possible: 'kemungkinan bekerja dari rumah',
};

export type EmploymentType = 'full_time' | 'part_time' | 'contract' | 'internship' | 'daily';

/** Vacancies by employment type, percent (assumed: contract work (PKWT) is very common in Jawa Tengah's factories). */
export const EMPLOYMENT_TYPES: ReadonlyArray<readonly [EmploymentType, number]> = [
  ['full_time', 45],
  ['contract', 35],
  ['daily', 7],
  ['part_time', 7],
  ['internship', 6],
];

export const EMPLOYMENT_TYPE_LABELS: Readonly<Record<EmploymentType, string>> = {
  full_time: 'karyawan tetap (penuh waktu)',
  contract: 'karyawan kontrak (PKWT)',
  daily: 'pekerja harian',
  part_time: 'paruh waktu',
  internship: 'magang',
};

/** Counselling office names: Disnaker offices are named differently from regency to regency. */
export const LABOUR_OFFICE_NAMES: ReadonlyArray<readonly [string, number]> = [
  ['Dinas Tenaga Kerja', 4],
  ['Dinas Tenaga Kerja dan Transmigrasi', 3],
  ['Dinas Tenaga Kerja dan Perindustrian', 2],
  ['Dinas Perindustrian dan Tenaga Kerja', 1],
];

/** Training programme hours: BLK programmes run from two weeks to three months full-time. */
export const PROGRAMME_HOURS: ReadonlyArray<readonly [number, number]> = [
  [80, 1],
  [120, 1],
  [160, 3],
  [200, 2],
  [240, 3],
  [280, 2],
  [320, 2],
  [400, 1],
  [480, 1],
];
