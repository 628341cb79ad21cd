import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError, ErrorCode } from '#domain';

export interface CentreMembership {
  centreId: string;
  role: 'staff' | 'instructor';
  verified: boolean;
}

export const NO_CENTRE = 'You are not a member of a training centre yet: register your centre with POST /api/training-centres, or accept an invitation.';
export const NO_PROGRAMME = 'There is no such training programme.';
export const NO_COHORT = 'There is no such cohort.';
export const NO_ENROLMENT = 'There is no such enrolment.';

export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driver = (error as { driverError?: { code?: string; constraint?: string }; code?: string; constraint?: string }) ?? {};
  const code = driver.driverError?.code ?? driver.code;
  const name = driver.driverError?.constraint ?? driver.constraint;
  return code === '23505' && name === constraint;
}

/** Who belongs to which centre; every id a member names is looked up within their own centre. */
@Injectable()
export class TrainingAccess {
  constructor(@InjectDataSource() readonly db: DataSource) {}

  async membership(userId: string, db: DataSource | EntityManager = this.db): Promise<CentreMembership | null> {
    const [row]: { centre_id: string; role: 'staff' | 'instructor'; verified: boolean }[] = await db.query(
      `SELECT m.centre_id, m.role, c.verified_at IS NOT NULL AS verified
         FROM training_centre_members m JOIN training_centres c ON c.id = m.centre_id WHERE m.user_id = $1`,
      [userId],
    );
    return row ? { centreId: row.centre_id, role: row.role, verified: row.verified } : null;
  }

  async requireMembership(userId: string): Promise<CentreMembership> {
    const membership = await this.membership(userId);
    if (!membership) throw new DomainError(ErrorCode.Forbidden, NO_CENTRE);
    return membership;
  }

  async requireStaff(userId: string): Promise<CentreMembership> {
    const membership = await this.requireMembership(userId);
    if (membership.role !== 'staff') throw new DomainError(ErrorCode.Forbidden, "Only the centre's staff may do this; instructors record attendance and completion.");
    return membership;
  }

  /** The programme when it belongs to the caller's centre; another centre's answers like a missing one. */
  async programmeOfCentre(programmeId: string, centreId: string, db: DataSource | EntityManager = this.db): Promise<{ id: string; status: string }> {
    const [row]: { id: string; status: string }[] = await db.query(`SELECT id, status FROM training_programmes WHERE id = $1 AND centre_id = $2`, [programmeId, centreId]);
    if (!row) throw new DomainError(ErrorCode.NotFound, NO_PROGRAMME);
    return row;
  }

  /** The cohort's centre and instructor when it belongs to the caller's centre. */
  async cohortOfCentre(cohortId: string, centreId: string, db: DataSource | EntityManager = this.db): Promise<{ id: string; instructor_user_id: string | null }> {
    const [row]: { id: string; instructor_user_id: string | null }[] = await db.query(
      `SELECT c.id, c.instructor_user_id FROM training_cohorts c JOIN training_programmes p ON p.id = c.programme_id WHERE c.id = $1 AND p.centre_id = $2`,
      [cohortId, centreId],
    );
    if (!row) throw new DomainError(ErrorCode.NotFound, NO_COHORT);
    return row;
  }
}
