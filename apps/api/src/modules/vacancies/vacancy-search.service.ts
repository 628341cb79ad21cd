import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { vacancyFilterSql } from '#persistence';
import type { Page } from '../../common/dto/pagination.dto.js';
import type { VacancySearchQueryDto } from './dto/vacancy.dto.js';

export interface VacancySearchItem {
  id: string;
  title: string;
  employer: { id: string; name: string };
  regency: { code: string; name: string } | null;
  isRemote: boolean;
  wageMin: number | null;
  wageMax: number | null;
  employmentType: string;
  publishedAt: string;
  deadline: string | null;
  /** Escaped HTML: the only tags are the <mark> around matched words. */
  highlight: { title: string; description: string };
}

interface SearchRow {
  id: string;
  title: string;
  employer_id: string;
  employer_name: string;
  regency_code: string | null;
  regency_name: string | null;
  is_remote: boolean;
  wage_min: number | null;
  wage_max: number | null;
  employment_type: string;
  published_at: Date;
  deadline: string | null;
  title_html: string;
  description_html: string;
}

// Escapes the five HTML-special characters in SQL, before ts_headline adds its <mark> tags.
const escapeSql = (expression: string) =>
  `replace(replace(replace(replace(replace(${expression}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;')`;
const TITLE_OPTIONS = `'StartSel=<mark>, StopSel=</mark>, HighlightAll=true'`;
const DESCRIPTION_OPTIONS = `'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "'`;
const SNIPPET_CHARS = 240;

const CACHE_TTL_MS = 15_000;
const CACHE_MAX_ENTRIES = 2_000;

/**
 * Answers of the last few seconds, by query: the public search is read far more than vacancies
 * change, and identical searches arriving together share one database round trip. This process
 * forgets everything when one of its requests changes a vacancy; other API processes show the
 * change within CACHE_TTL_MS.
 */
class ShortCache<T> {
  private readonly entries = new Map<string, { expires: number; value: Promise<T> }>();

  get(key: string, load: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.expires > now) return hit.value;
    if (hit) this.entries.delete(key);
    if (this.entries.size >= CACHE_MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    const value = load();
    this.entries.set(key, { expires: now + CACHE_TTL_MS, value });
    value.catch(() => this.entries.delete(key));
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}

function cacheKey(values: object): string {
  return JSON.stringify(Object.entries(values).filter(([, value]) => value !== undefined).sort(([a], [b]) => a.localeCompare(b)));
}

/** Full-text search over published vacancies in Bahasa Indonesia and English, with filters and highlights. */
@Injectable()
export class VacancySearchService {
  private readonly answers = new ShortCache<{ rows: SearchRow[]; total: number }>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Called after a request of this process publishes, changes or closes a vacancy. */
  invalidate(): void {
    this.answers.clear();
  }

  async search(query: VacancySearchQueryDto): Promise<Page<VacancySearchItem>> {
    const { rows, total } = await this.answers.get(cacheKey({ ...query }), () => this.run(query));
    return {
      items: rows.map((row) => ({
        id: row.id,
        title: row.title,
        employer: { id: row.employer_id, name: row.employer_name },
        regency: row.regency_code ? { code: row.regency_code, name: row.regency_name! } : null,
        isRemote: row.is_remote,
        wageMin: row.wage_min,
        wageMax: row.wage_max,
        employmentType: row.employment_type,
        publishedAt: row.published_at.toISOString(),
        deadline: row.deadline,
        highlight: { title: row.title_html, description: row.description_html },
      })),
      total,
      page: query.page,
      limit: query.limit,
    };
  }

  /** One query finds the page and counts the matches (the index is read once); a page past the end counts on its own. */
  private async run(query: VacancySearchQueryDto): Promise<{ rows: SearchRow[]; total: number }> {
    const filter = await vacancyFilterSql(this.db, query);
    const where = filter.conditions.join(' AND ');
    const q = filter.queryParam;
    const qi = q && `websearch_to_tsquery('indonesian'::regconfig, ${q})`;
    const qe = q && `websearch_to_tsquery('english'::regconfig, ${q})`;
    const sort = query.sort ?? 'relevance';
    const order =
      sort === 'wage'
        ? `coalesce(v.wage_max, v.wage_min) DESC NULLS LAST, v.published_at DESC, v.id DESC`
        : sort === 'relevance' && q
          ? // Words in the title first (its vector is small and stored in the row), then the newest.
            `ts_rank(v.search_title, ${qi} || ${qe}) DESC, v.published_at DESC, v.id DESC`
          : `v.published_at DESC, v.id DESC`;
    const params = [...filter.params, query.limit, (query.page - 1) * query.limit];
    const limit = `$${params.length - 1}`;
    const offset = `$${params.length}`;
    const titleHtml = q
      ? `CASE WHEN p.search_id @@ ${qi} THEN ts_headline('indonesian'::regconfig, ${escapeSql('p.title')}, ${qi}, ${TITLE_OPTIONS})
              ELSE ts_headline('english'::regconfig, ${escapeSql('p.title')}, ${qe}, ${TITLE_OPTIONS}) END`
      : escapeSql('p.title');
    const descriptionHtml = q
      ? `CASE WHEN p.search_id @@ ${qi} THEN ts_headline('indonesian'::regconfig, ${escapeSql('p.description')}, ${qi}, ${DESCRIPTION_OPTIONS})
              ELSE ts_headline('english'::regconfig, ${escapeSql('p.description')}, ${qe}, ${DESCRIPTION_OPTIONS}) END`
      : escapeSql(`left(p.description, ${SNIPPET_CHARS})`);
    // The page is chosen first; only its rows get the (costly) headlines.
    const pageSql = `
      WITH p AS (
        SELECT v.*, row_number() OVER () AS position
          FROM (SELECT v.id, v.title, v.description, v.search_id, v.employer_id, v.regency_code, v.is_remote, v.wage_min, v.wage_max,
                       v.employment_type, v.published_at, v.deadline, count(*) OVER () AS total
                  FROM vacancies v WHERE ${where} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}) v
      )
      SELECT p.id, p.title, p.employer_id, e.name AS employer_name, p.regency_code, r.name AS regency_name, p.is_remote,
             p.wage_min, p.wage_max, p.employment_type, p.published_at, to_char(p.deadline, 'YYYY-MM-DD') AS deadline, p.total::int AS total,
             ${titleHtml} AS title_html, ${descriptionHtml} AS description_html
        FROM p JOIN employers e ON e.id = p.employer_id LEFT JOIN regions r ON r.code = p.regency_code
       ORDER BY p.position`;
    const rows: Array<SearchRow & { total: number }> = await this.db.query(pageSql, params);
    if (rows.length > 0 || query.page === 1) return { rows, total: rows[0]?.total ?? 0 };
    const [count]: { total: number }[] = await this.db.query(`SELECT count(*)::int AS total FROM vacancies v WHERE ${where}`, filter.params);
    return { rows, total: count.total };
  }
}
