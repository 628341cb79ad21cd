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
export {
  APPLICATION_STATUSES,
  EMPLOYER_TARGET_STATUSES,
  INTERVIEW_MODES,
  OPEN_APPLICATION_STATUSES,
  REJECTION_REASONS,
  allowedTransitions,
  assertAcceptsApplications,
  assertTransition,
  isOpenStatus,
  type ApplicationActor,
  type ApplicationStatus,
  type EmployerTargetStatus,
  type InterviewMode,
  type InterviewPlan,
  type OpenApplicationStatus,
  type RejectionReason,
  type TransitionRequest,
} from './applications/application-states.js';
export {
  formatWib,
  interviewNotification,
  newApplicantNotification,
  statusChangedNotification,
  unansweredReminderNotification,
  withdrawnNotification,
  type ApplicationContext,
} from './applications/application-notifications.js';
export { CLOSE_UNANSWERED_AFTER_DAYS, REMIND_UNANSWERED_AFTER_DAYS, unansweredAction, type UnansweredAction } from './applications/unanswered.js';
