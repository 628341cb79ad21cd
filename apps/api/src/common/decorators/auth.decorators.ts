import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Role } from '#domain';

export interface AuthUser {
  id: string;
  role: Role;
  sessionId: string;
}

export const IS_PUBLIC = 'kerjaku:public';
export const ROLES_KEY = 'kerjaku:roles';

/** The route needs no access token. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export const IS_OPTIONAL_AUTH = 'kerjaku:optional-auth';

/** Anyone may call the route; a bearer token, when sent, is checked and identifies the caller. */
export const OptionalAuth = () => SetMetadata(IS_OPTIONAL_AUTH, true);

/** Only these roles may call the route. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** The authenticated caller. */
export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): AuthUser => {
  return context.switchToHttp().getRequest<{ user: AuthUser }>().user;
});
