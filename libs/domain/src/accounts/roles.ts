export const ROLES = ['job_seeker', 'employer', 'training_centre', 'counsellor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Roles a person may choose when registering; counsellors and admins are created by an admin. */
export const SELF_REGISTRATION_ROLES = ['job_seeker', 'employer', 'training_centre'] as const satisfies readonly Role[];
export type SelfRegistrationRole = (typeof SELF_REGISTRATION_ROLES)[number];

/** Roles an admin may create accounts for. */
export const ADMIN_CREATED_ROLES = ['counsellor', 'admin'] as const satisfies readonly Role[];
export type AdminCreatedRole = (typeof ADMIN_CREATED_ROLES)[number];

export type UserStatus = 'active' | 'disabled';
export type UserTokenPurpose = 'verify_email' | 'reset_password';
export type OutboxStatus = 'pending' | 'sent' | 'failed';
