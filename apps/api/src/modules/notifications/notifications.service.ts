import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainError, ErrorCode, NOTIFICATION_KINDS, NOTIFICATION_KIND_NAMES, type NotificationKind } from '#domain';
import type { Page } from '../../common/dto/pagination.dto.js';
import type { NotificationQueryDto } from './dto/notification-query.dto.js';
import type { NotificationPreferenceDto } from './dto/notification-preferences.dto.js';

export interface NotificationView {
  id: string;
  kind: string;
  title: { id: string; en: string };
  body: { id: string; en: string };
  link: string | null;
  read: boolean;
  createdAt: string;
}

interface NotificationRow {
  id: string;
  kind: string;
  title_id: string;
  title_en: string;
  body_id: string;
  body_en: string;
  link: string | null;
  read_at: Date | null;
  created_at: Date;
}

function toView(row: NotificationRow): NotificationView {
  return {
    id: row.id,
    kind: row.kind,
    title: { id: row.title_id, en: row.title_en },
    body: { id: row.body_id, en: row.body_en },
    link: row.link,
    read: row.read_at !== null,
    createdAt: row.created_at.toISOString(),
  };
}

/** A user's own notifications; every query is scoped to the caller. */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(userId: string, query: NotificationQueryDto): Promise<Page<NotificationView> & { unread: number }> {
    const unreadOnly = query.unread === true;
    const [rows, [counts]] = await Promise.all([
      this.db.query(
        `SELECT id, kind, title_id, title_en, body_id, body_en, link, read_at, created_at
           FROM notifications
          WHERE user_id = $1 AND ($2::boolean IS FALSE OR read_at IS NULL)
          ORDER BY created_at DESC, id DESC
          LIMIT $3 OFFSET $4`,
        [userId, unreadOnly, query.limit, query.offset],
      ) as Promise<NotificationRow[]>,
      this.db.query(
        `SELECT count(*)::int AS total, count(*) FILTER (WHERE read_at IS NULL)::int AS unread FROM notifications WHERE user_id = $1`,
        [userId],
      ) as Promise<{ total: number; unread: number }[]>,
    ]);
    return { items: rows.map(toView), total: unreadOnly ? counts.unread : counts.total, unread: counts.unread, page: query.page, limit: query.limit };
  }

  async unreadCount(userId: string): Promise<{ unread: number }> {
    const [row] = await this.db.query(`SELECT count(*)::int AS unread FROM notifications WHERE user_id = $1 AND read_at IS NULL`, [userId]);
    return { unread: row.unread };
  }

  /** Another user's notification answers exactly like one that does not exist. */
  async markRead(userId: string, id: string): Promise<NotificationView> {
    // For UPDATE, TypeORM's query() answers [rows, affected].
    const [rows]: [NotificationRow[], number] = await this.db.query(
      `UPDATE notifications SET read_at = coalesce(read_at, now())
        WHERE id = $1 AND user_id = $2
        RETURNING id, kind, title_id, title_en, body_id, body_en, link, read_at, created_at`,
      [id, userId],
    );
    const [row] = rows;
    if (!row) throw new DomainError(ErrorCode.NotFound, 'There is no such notification.');
    return toView(row);
  }

  async markAllRead(userId: string): Promise<{ marked: number }> {
    const result: [unknown[], number] = await this.db.query(`UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`, [userId]);
    return { marked: result[1] };
  }

  async preferences(userId: string): Promise<Array<{ kind: NotificationKind; label: { id: string; en: string }; email: boolean }>> {
    const rows: { kind: string; email: boolean }[] = await this.db.query(`SELECT kind, email FROM notification_preferences WHERE user_id = $1`, [userId]);
    const chosen = new Map(rows.map((row) => [row.kind, row.email]));
    return NOTIFICATION_KIND_NAMES.map((kind) => ({
      kind,
      label: NOTIFICATION_KINDS[kind].label,
      email: chosen.get(kind) ?? NOTIFICATION_KINDS[kind].emailByDefault,
    }));
  }

  async updatePreferences(userId: string, preferences: NotificationPreferenceDto[]) {
    const kinds = preferences.map((p) => p.kind);
    const repeated = kinds.find((kind, index) => kinds.indexOf(kind) !== index);
    if (repeated) throw new DomainError(ErrorCode.ValidationFailed, `preferences lists ${repeated} twice; list each kind once.`);
    if (preferences.length > 0) {
      await this.db.query(
        `INSERT INTO notification_preferences (user_id, kind, email)
         SELECT $1, kind, email FROM unnest($2::text[], $3::boolean[]) AS t(kind, email)
         ON CONFLICT (user_id, kind) DO UPDATE SET email = EXCLUDED.email, updated_at = now()`,
        [userId, kinds, preferences.map((p) => p.email)],
      );
    }
    return this.preferences(userId);
  }
}
