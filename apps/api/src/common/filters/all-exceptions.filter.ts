import { Catch, HttpException, HttpStatus, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DomainError, ErrorCode } from '#domain';
import { isDependencyUnavailable } from '../infrastructure/unavailable.js';

const STATUS_BY_CODE: Record<ErrorCode, number> = {
  [ErrorCode.ValidationFailed]: HttpStatus.BAD_REQUEST,
  [ErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [ErrorCode.Forbidden]: HttpStatus.FORBIDDEN,
  [ErrorCode.InvalidCredentials]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.AccountDisabled]: HttpStatus.FORBIDDEN,
  [ErrorCode.TooManyAttempts]: HttpStatus.TOO_MANY_REQUESTS,
  [ErrorCode.TooManyRequests]: HttpStatus.TOO_MANY_REQUESTS,
  [ErrorCode.RefreshTokenInvalid]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.RefreshTokenReused]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.EmailTokenInvalid]: HttpStatus.BAD_REQUEST,
  [ErrorCode.WeakPassword]: HttpStatus.BAD_REQUEST,
  [ErrorCode.ContactTaken]: HttpStatus.CONFLICT,
  [ErrorCode.RoleNotAllowed]: HttpStatus.BAD_REQUEST,
  [ErrorCode.ServiceUnavailable]: HttpStatus.SERVICE_UNAVAILABLE,
  [ErrorCode.ApplicationExists]: HttpStatus.CONFLICT,
  [ErrorCode.ApplicationNotAllowed]: HttpStatus.CONFLICT,
  [ErrorCode.TransitionNotAllowed]: HttpStatus.CONFLICT,
  [ErrorCode.OpeningsFilled]: HttpStatus.CONFLICT,
  [ErrorCode.NikInvalid]: HttpStatus.BAD_REQUEST,
  [ErrorCode.NikTaken]: HttpStatus.CONFLICT,
  [ErrorCode.Ak1ProfileIncomplete]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ErrorCode.Ak1AlreadyIssued]: HttpStatus.CONFLICT,
  [ErrorCode.Ak1Expired]: HttpStatus.CONFLICT,
  [ErrorCode.NibTaken]: HttpStatus.CONFLICT,
  [ErrorCode.AlreadyInCompany]: HttpStatus.CONFLICT,
  [ErrorCode.InvitationInvalid]: HttpStatus.BAD_REQUEST,
  [ErrorCode.EmployerNotVerified]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ErrorCode.DiscriminatoryRequirement]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ErrorCode.InvalidTransition]: HttpStatus.CONFLICT,
  [ErrorCode.TrainingCentreNotVerified]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ErrorCode.AlreadyInTrainingCentre]: HttpStatus.CONFLICT,
  [ErrorCode.NotEligible]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ErrorCode.EnrolmentExists]: HttpStatus.CONFLICT,
  [ErrorCode.EnrolmentTransitionNotAllowed]: HttpStatus.CONFLICT,
  [ErrorCode.CohortFull]: HttpStatus.CONFLICT,
  [ErrorCode.CohortClosed]: HttpStatus.CONFLICT,
  [ErrorCode.CompletionNotAllowed]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ErrorCode.CounsellingCaseClosed]: HttpStatus.CONFLICT,
};

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  code?: string;
  details?: unknown;
}

const REASON: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Maps every error to `{ statusCode, error, message, details? }`; a missing database or Redis is 503, never 500. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const { body, retryAfter } = this.toBody(exception);
    if (retryAfter !== undefined) void reply.header('Retry-After', String(retryAfter));
    void reply.status(body.statusCode).send(body);
  }

  toBody(exception: unknown): { body: ErrorBody; retryAfter?: number } {
    if (exception instanceof DomainError) {
      const statusCode = STATUS_BY_CODE[exception.code];
      return {
        body: { statusCode, error: REASON[statusCode] ?? 'Error', message: exception.message, code: exception.code, details: exception.details },
        retryAfter: exception.retryAfterSeconds ?? (statusCode === 503 ? 5 : undefined),
      };
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const response = exception.getResponse();
      const payload = typeof response === 'string' ? { message: response } : (response as Record<string, unknown>);
      const message = Array.isArray(payload.message) ? payload.message.join('; ') : String(payload.message ?? exception.message);
      return {
        body: { statusCode, error: REASON[statusCode] ?? String(payload.error ?? 'Error'), message, details: payload.details },
        retryAfter: statusCode === 503 ? 5 : undefined,
      };
    }
    const fastifyStatus = (exception as { statusCode?: number } | null)?.statusCode;
    if (typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
      // Errors raised by Fastify itself before a route runs (body too large, bad JSON, bad content type).
      return { body: { statusCode: fastifyStatus, error: REASON[fastifyStatus] ?? 'Bad Request', message: fastifyMessage(exception as Error, fastifyStatus) } };
    }
    if (isDependencyUnavailable(exception)) {
      this.logger.warn(`Dependency unavailable: ${(exception as Error).message}`);
      return {
        body: { statusCode: 503, error: REASON[503], message: 'The service is temporarily unavailable; try again in a few seconds.' },
        retryAfter: 5,
      };
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return { body: { statusCode: 500, error: REASON[500], message: 'Something went wrong on our side; it has been logged.' } };
  }
}

function fastifyMessage(error: Error, status: number): string {
  if (status === 413) return 'The request body is too large; send less data.';
  if (status === 415) return 'Send the body as application/json.';
  if (/JSON/i.test(error.message)) return 'The request body is not valid JSON; check its syntax.';
  return error.message;
}
