import { BadRequestException, ParseUUIDPipe } from '@nestjs/common';

/** Parses an id path parameter; a malformed one gets 400 naming the parameter. */
export function uuidParam(name = 'id'): ParseUUIDPipe {
  return new ParseUUIDPipe({ exceptionFactory: () => new BadRequestException(`${name} must be a UUID such as 3f0c2a4e-8d6b-4c1e-9a51-2b7c0d9e4f13`) });
}
