/** Every error code the domain can raise; the API maps each to an HTTP status in one place. */
export enum ErrorCode {
  ValidationFailed = 'VALIDATION.FAILED',
  NotFound = 'RESOURCE.NOT_FOUND',
  Forbidden = 'AUTH.FORBIDDEN',
  InvalidCredentials = 'AUTH.INVALID_CREDENTIALS',
  AccountDisabled = 'AUTH.ACCOUNT_DISABLED',
  TooManyAttempts = 'AUTH.TOO_MANY_ATTEMPTS',
  TooManyRequests = 'TOO_MANY_REQUESTS',
  RefreshTokenInvalid = 'AUTH.REFRESH_TOKEN_INVALID',
  RefreshTokenReused = 'AUTH.REFRESH_TOKEN_REUSED',
  EmailTokenInvalid = 'AUTH.EMAIL_TOKEN_INVALID',
  WeakPassword = 'ACCOUNT.WEAK_PASSWORD',
  ContactTaken = 'ACCOUNT.CONTACT_TAKEN',
  RoleNotAllowed = 'ACCOUNT.ROLE_NOT_ALLOWED',
  ServiceUnavailable = 'SERVICE.UNAVAILABLE',
  ApplicationExists = 'APPLICATION.ALREADY_ACTIVE',
  ApplicationNotAllowed = 'APPLICATION.NOT_ALLOWED',
  TransitionNotAllowed = 'APPLICATION.TRANSITION_NOT_ALLOWED',
  OpeningsFilled = 'VACANCY.OPENINGS_FILLED',
  NikInvalid = 'JOB_SEEKER.NIK_INVALID',
  NikTaken = 'JOB_SEEKER.NIK_TAKEN',
  Ak1ProfileIncomplete = 'AK1.PROFILE_INCOMPLETE',
  Ak1AlreadyIssued = 'AK1.ALREADY_ISSUED',
  Ak1Expired = 'AK1.EXPIRED',
  NibTaken = 'EMPLOYER.NIB_TAKEN',
  AlreadyInCompany = 'EMPLOYER.ALREADY_IN_COMPANY',
  InvitationInvalid = 'EMPLOYER.INVITATION_INVALID',
  EmployerNotVerified = 'EMPLOYER.NOT_VERIFIED',
  DiscriminatoryRequirement = 'VACANCY.DISCRIMINATORY_REQUIREMENT',
  InvalidTransition = 'VACANCY.INVALID_TRANSITION',
  TrainingCentreNotVerified = 'TRAINING.CENTRE_NOT_VERIFIED',
  AlreadyInTrainingCentre = 'TRAINING.ALREADY_IN_CENTRE',
  NotEligible = 'TRAINING.NOT_ELIGIBLE',
  EnrolmentExists = 'TRAINING.ENROLMENT_EXISTS',
  EnrolmentTransitionNotAllowed = 'TRAINING.TRANSITION_NOT_ALLOWED',
  CohortFull = 'TRAINING.COHORT_FULL',
  CohortClosed = 'TRAINING.COHORT_CLOSED',
  CompletionNotAllowed = 'TRAINING.COMPLETION_NOT_ALLOWED',
  CounsellingCaseClosed = 'COUNSELLING.CASE_CLOSED',
}

/** A broken business rule, with a message that tells the user what to change. Never a framework exception. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
    /** Seconds after which the caller may try again (for rate limits). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
