export { maskContact, normalizeEmail, normalizePhone, parseLoginIdentifier, type LoginIdentifier } from './accounts/contact.js';
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblems, type PasswordContext } from './accounts/password-policy.js';
export {
  ADMIN_CREATED_ROLES,
  ROLES,
  SELF_REGISTRATION_ROLES,
  type AdminCreatedRole,
  type OutboxStatus,
  type Role,
  type SelfRegistrationRole,
  type UserStatus,
  type UserTokenPurpose,
} from './accounts/roles.js';
export { DomainError, ErrorCode } from './common/domain-error.js';
export { haversineKm } from './geo/distance.js';
export { passwordChangedEmail, passwordResetEmail, verificationEmail, type EmailMessage } from './mail/account-emails.js';
export { notificationEmail } from './mail/notification-email.js';
export {
  NOTIFICATION_KIND_NAMES,
  NOTIFICATION_KINDS,
  isNotificationKind,
  type Bilingual,
  type NotificationInput,
  type NotificationKind,
} from './notifications/notification-kinds.js';
export { EMPLOYER_SECTORS, EMPLOYER_SIZES, INVITATION_VALID_DAYS, NIB_LENGTH, NIB_MESSAGE, employerStatus, normalizeNib, type EmployerSize, type EmployerStatus } from './employers/nib.js';
export { employerInvitationEmail } from './employers/employer-emails.js';
export {
  findDiscriminatoryWording,
  normalizePhrase,
  normalizeWording,
  unapprovedFindings,
  wordingMessage,
  type WordingCategory,
  type WordingFinding,
} from './vacancies/discriminatory-wording.js';
export {
  ACCOMMODATIONS,
  DEADLINE_REMINDER_DAYS,
  EMPLOYMENT_TYPES,
  SKILL_IMPORTANCES,
  VACANCY_SORTS,
  VACANCY_STATUSES,
  addDays,
  canEditVacancy,
  deadlineProblem,
  transitionProblem,
  vacancyFieldProblems,
  type Accommodation,
  type EmploymentType,
  type VacancyAction,
  type VacancyFilter,
  type VacancySort,
  type VacancyStatus,
} from './vacancies/vacancy-rules.js';
