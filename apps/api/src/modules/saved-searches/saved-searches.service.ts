import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainError, ErrorCode, type VacancyFilter } from '#domain';
import { vacancyFilterSql } from '#persistence';
import type { PageQueryDto, Page } from '../../common/dto/pagination.dto.js';
import type { CreateSavedSearchDto } from './saved-searches.dto.js';

const MAX_SAVED_SEARCHES = 20;

interface SavedSearchRow {
  id: string;
  name: string;
  query: VacancyFilter;
  last_digest_at: Date;
  created_at: Date;
}

function toView(row: SavedSearchRow) {
  return { id: row.id, name: row.name, query: row.query, lastDigestAt: row.last_digest_at.toISOString(), createdAt: row.created_at.toISOString() };
}

/** A job seeker's saved vacancy searches; the worker e-mails a daily digest of new matches. */
@Injectable()
export class SavedSearchesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async create(userId: string, dto: CreateSavedSearchDto) {
    const query: VacancyFilter = Object.fromEntries(Object.entries(dto.query).filter(([, value]) => value !== undefined && value !== null));
    await vacancyFilterSql(this.db, query); // unknown regency or education answers 400 now, not in the digest
    return this.db.transaction(async (db) => {
      await db.query(`SELECT id FROM users WHERE id = $1 FOR UPDATE`, [userId]);
      const [count]: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM saved_searches WHERE user_id = $1`, [userId]);
      if (count.n >= MAX_SAVED_SEARCHES) {
        throw new DomainError(ErrorCode.ValidationFailed, `You have ${MAX_SAVED_SEARCHES} saved searches, the most allowed; delete one first.`);
      }
      const [row]: SavedSearchRow[] = await db.query(
        `INSERT INTO saved_searches (user_id, name, query) VALUES ($1, $2, $3::jsonb) RETURNING id, name, query, last_digest_at, created_at`,
        [userId, dto.name, JSON.stringify(query)],
      );
      return toView(row);
    });
  }

  async list(userId: string, page: PageQueryDto): Promise<Page<ReturnType<typeof toView>>> {
    const [rows, [count]] = await Promise.all([
      this.db.query(`SELECT id, name, query, last_digest_at, created_at FROM saved_searches WHERE user_id = $1 ORDER BY created_at DESC, id LIMIT $2 OFFSET $3`, [
        userId,
        page.limit,
        page.offset,
      ]) as Promise<SavedSearchRow[]>,
      this.db.query(`SELECT count(*)::int AS total FROM saved_searches WHERE user_id = $1`, [userId]) as Promise<{ total: number }[]>,
    ]);
    return { items: rows.map(toView), total: count.total, page: page.page, limit: page.limit };
  }

  /** Another user's saved search answers like a missing one. */
  async remove(userId: string, id: string): Promise<void> {
    const [, affected]: [unknown[], number] = await this.db.query(`DELETE FROM saved_searches WHERE id = $1 AND user_id = $2`, [id, userId]);
    if (affected === 0) throw new DomainError(ErrorCode.NotFound, 'There is no such saved search.');
  }
}
