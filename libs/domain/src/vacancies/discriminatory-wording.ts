/**
 * Finds wording in a vacancy's title or description that sets a discriminatory requirement:
 * gender, age limits, marital status or pregnancy, religion, appearance, ethnic origin, disability.
 *
 * Sources for what counts: UU 13/2003 (Ketenagakerjaan) art. 5–6 (equal opportunity without
 * discrimination), UU 8/2016 (persons with disabilities), UU 40/2008 (race and ethnicity),
 * ILO Convention 111 (ratified by UU 21/1999), and the guidance of equality bodies on job ads
 * (age limits, "young dynamic team", "attractive appearance" are the common findings).
 *
 * Decisions, so that the rules stay predictable:
 * - Matching runs on normalised text: lower case, accents dropped, punctuation and spacing
 *   collapsed, a space between digits and letters ("25thn" -> "25 thn"), "laki2" like "laki-laki".
 * - A minimum age of 18 or less is not flagged: it is the legal working age (UU 13/2003 art. 68–69).
 *   A higher minimum, any maximum or an age range is flagged.
 * - "usia pensiun", "program pensiun", "jaminan hari tua" and other benefit wording mentions age
 *   without limiting who may apply, so it is not flagged; neither is "fresh graduate" (experience,
 *   which the structured fields express), "sehat jasmani dan rohani" (a common medical-certificate
 *   condition) nor "single" in "single shift", "a single point" and the like.
 * - A phrase preceded by a negation ("tanpa memandang jenis kelamin", "regardless of age") is not
 *   flagged: it states the opposite of a requirement.
 * - An employer with a legal reason (for example a height rule for security guards set by a
 *   regulation) asks an admin for an exception; the checker itself never guesses intent.
 */
export type WordingCategory = 'gender' | 'age' | 'marital_status' | 'religion' | 'appearance' | 'ethnicity' | 'disability';

export interface WordingFinding {
  /** The words as written in the text. */
  phrase: string;
  /** The same words normalised: what an approved exception records. */
  normalized: string;
  category: WordingCategory;
}

interface Rule {
  category: WordingCategory;
  pattern: RegExp;
  /** Skip a match whose number (first capture group) is at most this (legal minimum ages). */
  skipWhenNumberAtMost?: number;
}

const GENDER = String.raw`(?:pria|wanita|laki laki|laki 2|laki|perempuan|cowok|cewek|male|female|males|females|men|women|man|woman)`;
const GENDER_ID = String.raw`(?:pria|wanita|laki laki|laki 2|perempuan|cowok|cewek)`;
const YEARS = String.raw`(?:tahun|thn|th|years?|yrs?|yo|y o)`;
const AT_MOST = String.raw`(?:maksimal|maksimum|maks|max|maximum|maximal|paling tinggi|tidak lebih dari|tdk lebih dari|tidak melebihi|di bawah|dibawah|kurang dari)`;
const AT_LEAST = String.raw`(?:minimal|minimum|min|paling rendah|sekurang kurangnya|di atas|diatas|lebih dari)`;
const AGE = String.raw`(?:usia|umur|berusia|berumur|age|aged)`;
const RELIGIONS = String.raw`(?:islam|muslim|muslimah|kristen|nasrani|protestan|katolik|katholik|hindu|buddha|budha|buddhis|konghucu|khonghucu|christian|catholic|protestant|buddhist|jewish|yahudi)`;
const REQUIRE = String.raw`(?:khusus|diutamakan|utamakan|hanya|harus|wajib|mesti|must be|preferably|preferred|only|lebih disukai)`;

const r = (category: WordingCategory, source: string, extra: Partial<Rule> = {}): Rule => ({ category, pattern: new RegExp(String.raw`(?<![a-z0-9])(?:${source})(?![a-z0-9])`, 'g'), ...extra });

const RULES: Rule[] = [
  // Gender
  r('gender', String.raw`${REQUIRE} (?:seorang |a )?${GENDER}`),
  r('gender', String.raw`(?:jenis kelamin|gender|sex|kelamin) ${GENDER}`),
  r('gender', String.raw`${GENDER} (?:only|saja)`),
  // "Pria/Wanita" heads a gender line in a requirements list; spelled out in prose ("pria atau wanita") it is not flagged.
  r('gender', String.raw`${GENDER_ID} ${GENDER_ID}`),
  r('gender', String.raw`(?:male|man|men) (?:female|woman|women)|(?:female|woman|women) (?:male|man|men)`),
  r('gender', String.raw`${GENDER_ID}(?= (?:usia|umur|berusia|maks|max|maksimal|single|lajang|belum|sudah|berpenampilan|berjilbab|berhijab|muslim|muslimah|tinggi badan))`),
  r('gender', String.raw`jenis kelamin|berjenis kelamin`),
  // Age
  r('age', String.raw`${AGE} ${AT_MOST}(?: ${AGE})?(?: \d{2})?(?: ${YEARS})?`),
  r('age', String.raw`${AT_MOST} ${AGE}(?: \d{2})?(?: ${YEARS})?`),
  r('age', String.raw`${AT_MOST} (\d{2}) ${YEARS}(?: old)?(?! (?:pengalaman|experience|of experience|kerja|bekerja|masa kerja))`),
  r('age', String.raw`between \d{2} (?:and|to) \d{2} ${YEARS}`),
  r('age', String.raw`${AGE} (?:antara )?\d{2} (?:sampai|sd|s d|hingga|to|and|dan)? ?\d{2}(?: ${YEARS})?`),
  r('age', String.raw`${AGE} ${AT_LEAST} (\d{2})(?: ${YEARS})?`, { skipWhenNumberAtMost: 18 }),
  r('age', String.raw`${AT_LEAST} ${AGE} (\d{2})(?: ${YEARS})?`, { skipWhenNumberAtMost: 18 }),
  r('age', String.raw`batas usia|batasan usia|batas umur|age limit|maximum age|max age|age requirement|between the ages of`),
  r('age', String.raw`(?:under|below|younger than|not older than|no older than|not over|no more than) (\d{2})(?: ${YEARS}| old)?(?! (?:kg|km|cm|mm|m|persen|percent|menit|minutes|jam|hours|juta|ribu|rb|k|orang|people|persons|units?|items?|pcs|pieces|per|times|kali|hari|days|weeks?|minggu|bulan|months?|employees|karyawan|staff))`),
  // Bare "muda" is left alone: "biru muda", "kelapa muda".
  r('age', String.raw`young|younger|youthful|usia muda|masih muda|berjiwa muda|jiwa muda|usia produktif|anak muda|tenaga muda|(?:pria|wanita|perempuan) muda`),
  // Marital status and pregnancy
  r('marital_status', String.raw`belum menikah|belum kawin|belum berkeluarga|tidak menikah|tidak sedang menikah|sudah menikah|telah menikah|sudah berkeluarga|sudah kawin|status pernikahan|status perkawinan|status lajang|lajang|bujang|gadis|janda|duda`),
  r('marital_status', String.raw`unmarried|not married|must be married|married only|marital status`),
  r('marital_status', String.raw`(?<!(?<![a-z])(?:a|one|every|each|any|the|satu) )single(?! (?:shift|sign|point|page|use|source|phase|room|bed|unit|window|entry|line|product|task|item|project|platform|account|step|stage|piece|click|location|site|day|trip|person team|order|cell|core|digit|file|line))`),
  r('marital_status', String.raw`tidak (?:sedang )?hamil|not pregnant|no pregnancy|bersedia tidak hamil`),
  // Religion
  r('religion', String.raw`beragama(?: ${RELIGIONS})?|seagama|seiman|agama ${RELIGIONS}`),
  r('religion', String.raw`${REQUIRE} (?:seorang |a )?${RELIGIONS}`),
  r('religion', String.raw`muslimah|muslim muslimah|${GENDER_ID} muslim|non muslim|non muslimah|religion|taat beribadah|taat beragama|bisa mengaji|mampu mengaji|lancar mengaji|baca al quran`),
  r('religion', String.raw`berjilbab|berhijab|wajib jilbab|wajib hijab|memakai jilbab|memakai hijab|bercadar`),
  // Appearance
  r('appearance', String.raw`berpenampilan menarik|penampilan menarik|berpenampilan baik|penampilan baik|berpenampilan rapi dan menarik|good looking|goodlooking|good appearance|attractive appearance|pleasant appearance|attractive (?:looking|person|physique|face)|physically attractive|wajah menarik|paras menarik|berparas|cantik|tampan|ganteng|menarik secara fisik`),
  r('appearance', String.raw`tinggi badan|tinggi minimal|tinggi min|tb min|tb minimal|berat badan|bb ideal|berat ideal|postur (?:tubuh )?(?:ideal|proporsional|tegap)|(?:badan|tubuh) (?:proporsional|ideal)|height (?:of )?(?:at least|min|minimum)|minimum height|weight (?:proportional|ideal)|slim|langsing|kulit putih|berkulit putih|kulit cerah|fair skin|tidak bertato|tidak bertindik|no tattoos?`),
  // Ethnic origin
  r('ethnicity', String.raw`pribumi|putra daerah|putri daerah|warga keturunan|keturunan (?:tionghoa|cina|china|chinese|arab|india)|suku (?!cadang|bunga)[a-z]+|ras [a-z]+|etnis|ethnicity|race|native speaker`),
  // Disability
  r('disability', String.raw`tidak cacat|tidak memiliki cacat|tidak (?:ber)?disabilitas|bukan penyandang disabilitas|cacat fisik|fisik sempurna|anggota tubuh lengkap|no disabilit(?:y|ies)|able bodied|able-bodied`),
];

const NEGATION = /(?:tanpa memandang|tidak memandang|tanpa membedakan|tidak membedakan|tanpa melihat|tidak melihat|tanpa batasan|tidak ada batasan|tanpa batas|tidak dibatasi|terbuka untuk semua|regardless of|irrespective of|without regard to|no matter|tidak ada syarat|bukan syarat|tidak mensyaratkan|not required|is not a requirement)(?: [a-z]+){0,4} $/;

interface Normalized {
  text: string;
  /** For each character of `text`, the index of the character of the original it came from. */
  origin: number[];
}

/** Lower case, accents dropped, every run of other characters one space, a space between digits and letters. */
export function normalizeWording(input: string): Normalized {
  const chars: string[] = [];
  const origin: number[] = [];
  let previousKind: 'letter' | 'digit' | 'space' = 'space';
  for (let index = 0; index < input.length; index += 1) {
    const plain = input[index].normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    for (const char of plain) {
      const kind = /[a-z]/.test(char) ? 'letter' : /[0-9]/.test(char) ? 'digit' : 'space';
      if (kind === 'space') {
        if (previousKind !== 'space') {
          chars.push(' ');
          origin.push(index);
        }
      } else {
        if (previousKind !== 'space' && previousKind !== kind) {
          chars.push(' ');
          origin.push(index);
        }
        chars.push(char);
        origin.push(index);
      }
      previousKind = kind;
    }
  }
  while (chars.length > 0 && chars[chars.length - 1] === ' ') {
    chars.pop();
    origin.pop();
  }
  return { text: chars.join(''), origin };
}

/** Normalises a phrase for comparison with approved ones. */
export function normalizePhrase(phrase: string): string {
  return normalizeWording(phrase).text;
}

/** Every discriminatory phrase in the texts, in order of appearance, each once. */
export function findDiscriminatoryWording(...texts: string[]): WordingFinding[] {
  const findings: WordingFinding[] = [];
  const seen = new Set<string>();
  for (const text of texts) {
    const normalized = normalizeWording(text);
    const spans: Array<{ start: number; end: number; category: WordingCategory }> = [];
    for (const rule of RULES) {
      rule.pattern.lastIndex = 0;
      for (const match of normalized.text.matchAll(rule.pattern)) {
        const start = match.index;
        const end = start + match[0].length;
        if (rule.skipWhenNumberAtMost !== undefined && match[1] !== undefined && Number(match[1]) <= rule.skipWhenNumberAtMost) continue;
        if (NEGATION.test(normalized.text.slice(Math.max(0, start - 40), start))) continue;
        spans.push({ start, end, category: rule.category });
      }
    }
    // Overlapping matches become the longest one.
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    const merged: typeof spans = [];
    for (const span of spans) {
      const last = merged[merged.length - 1];
      if (last && span.start < last.end) {
        if (span.end > last.end) last.end = span.end;
        continue;
      }
      merged.push({ ...span });
    }
    for (const span of merged) {
      const phrase = text.slice(normalized.origin[span.start], normalized.origin[span.end - 1] + 1).trim();
      const key = normalized.text.slice(span.start, span.end).trim();
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push({ phrase, normalized: key, category: span.category });
    }
  }
  return findings;
}

/** The findings that no approved phrase covers. */
export function unapprovedFindings(findings: readonly WordingFinding[], approvedPhrases: readonly string[]): WordingFinding[] {
  const approved = new Set(approvedPhrases.map(normalizePhrase));
  return findings.filter((finding) => !approved.has(finding.normalized));
}

/** The message that quotes each phrase, for the 422 answer. */
export function wordingMessage(findings: readonly WordingFinding[]): string {
  const quoted = findings.map((finding) => `"${finding.phrase}" (${finding.category.replace('_', ' ')})`).join(', ');
  return (
    `The vacancy cannot be published: its wording sets requirements that discriminate: ${quoted}. ` +
    'Remove or rephrase them; if a law requires one, ask an admin for a wording exception with the legal reason.'
  );
}
