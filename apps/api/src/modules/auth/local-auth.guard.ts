import { Injectable, type ExecutionContext } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { createValidationPipe } from '../../common/pipes/validation.pipe.js';
import { LoginDto } from './dto/auth.dto.js';

const validation = createValidationPipe();

/**
 * passport-local behind body validation: guards run before pipes, so without this a missing field
 * would get passport's bare 401 instead of a 400 that names it.
 */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<{ body: unknown }>();
    await validation.transform(request.body ?? {}, { type: 'body', metatype: LoginDto });
    return (await super.canActivate(context)) as boolean;
  }
}
