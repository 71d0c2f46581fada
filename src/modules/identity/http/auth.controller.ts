import { Body, Controller, Get, HttpCode, Ip, Post, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiAcceptedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';

import type { Actor } from '../../../common/auth/actor';
import { Auth } from '../../../common/auth/auth.decorator';
import { CurrentActor } from '../../../common/auth/current-actor.decorator';
import { ApiProblems } from '../../../common/http/openapi/api-problems.decorator';
import { ChangePasswordCommand } from '../application/change-password/change-password.command';
import { CurrentUserView } from '../application/current-user-view';
import { LogInCommand } from '../application/log-in/log-in.command';
import { LogOutCommand } from '../application/log-out/log-out.command';
import { MailRequestAccepted } from '../application/mail-request-accepted';
import { SignedIn } from '../application/signed-in';
import { SignUpCommand } from '../application/sign-up/sign-up.command';
import { ChangePasswordDto } from './dto/change-password.dto';
import { LogInDto } from './dto/log-in.dto';
import { SignUpDto } from './dto/sign-up.dto';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(private readonly commands: CommandBus) {}

  /**
   * Creates the account (unverified) and its first workspace, and mails a verification token; an
   * address that has an account gets a notice instead. Always the same 202: it signs nobody in and
   * does not tell whether the address was free. Then log in. Not idempotent by key: the record
   * would keep a hash of the body, password included, and a repeat changes nothing anyway.
   */
  @Post('auth/sign-up')
  @HttpCode(202)
  @ApiOperation({
    operationId: 'signUp',
    summary: 'Sign up with an email address and a first workspace',
    description:
      'Creates the account (unverified) with its first workspace, owned by it, and mails a ' +
      'verification token; an address that has an account gets a notice by mail instead. The ' +
      'answer is the same 202 either way and signs nobody in: log in next ' +
      '(`POST /v1/auth/login`). Mails to one address are limited per hour; over the limit none ' +
      'goes, and the answer stays the same.',
  })
  @ApiAcceptedResponse({
    type: MailRequestAccepted,
    description: 'The same whether or not the address already had an account',
  })
  @ApiProblems({ 400: ['password-too-weak'] })
  signUp(@Body() body: SignUpDto): Promise<MailRequestAccepted> {
    return this.commands.execute(
      new SignUpCommand({
        email: body.email,
        password: body.password,
        workspaceName: body.workspaceName,
      }),
    );
  }

  @Post('auth/login')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'logIn',
    summary: 'Log in and start a session',
    description:
      'Answers the session token (shown only here) and the workspaces the user is a member of. ' +
      'An unknown address and a wrong password give the same 401. Repeated failures are ' +
      'limited per client IP and per account (429 with Retry-After).',
  })
  @ApiOkResponse({ type: SignedIn, description: 'Signed in' })
  @ApiProblems({ 401: ['invalid-credentials'], 429: ['too-many-login-failures'] })
  logIn(@Body() body: LogInDto, @Ip() ip: string): Promise<SignedIn> {
    return this.commands.execute(
      new LogInCommand({ email: body.email, password: body.password, clientIp: ip }),
    );
  }

  @Post('auth/logout')
  @HttpCode(204)
  @Auth()
  @ApiOperation({ operationId: 'logOut', summary: 'End the current session' })
  @ApiNoContentResponse({ description: 'The session token no longer works' })
  async logOut(@CurrentActor() actor: Actor): Promise<void> {
    await this.commands.execute(
      new LogOutCommand({ actorId: actor.userId, sessionId: actor.sessionId, everywhere: false }),
    );
  }

  @Post('auth/logout-everywhere')
  @HttpCode(204)
  @Auth()
  @ApiOperation({
    operationId: 'logOutEverywhere',
    summary: 'End every session of the signed-in user',
  })
  @ApiNoContentResponse({ description: "No session token of the user's works any more" })
  async logOutEverywhere(@CurrentActor() actor: Actor): Promise<void> {
    await this.commands.execute(
      new LogOutCommand({ actorId: actor.userId, sessionId: actor.sessionId, everywhere: true }),
    );
  }

  /** Also ends every other session of the user. */
  @Put('auth/password')
  @HttpCode(204)
  @Auth()
  @ApiOperation({
    operationId: 'changePassword',
    summary: 'Change the password',
    description:
      'Needs the current password; also ends every other session of the user (this one stays). ' +
      'Wrong current passwords are limited per session (429 with Retry-After), so a stolen ' +
      'session cannot be used to guess the password.',
  })
  @ApiNoContentResponse({ description: 'Changed; the other sessions have ended' })
  @ApiProblems({
    400: ['password-too-weak'],
    403: ['current-password-wrong'],
    429: ['too-many-password-attempts'],
  })
  async changePassword(
    @CurrentActor() actor: Actor,
    @Body() body: ChangePasswordDto,
  ): Promise<void> {
    await this.commands.execute(
      new ChangePasswordCommand({
        actorId: actor.userId,
        sessionId: actor.sessionId,
        currentPassword: body.currentPassword,
        newPassword: body.newPassword,
      }),
    );
  }

  @Get('me')
  @Auth()
  @ApiOperation({
    operationId: 'getCurrentUser',
    summary: 'Get the signed-in user and their workspace roles',
    description:
      'Read from the session (no database query); membership changes update it as they commit.',
  })
  @ApiOkResponse({ type: CurrentUserView, description: 'The signed-in user' })
  me(@CurrentActor() actor: Actor): CurrentUserView {
    return { id: actor.userId, email: actor.email, memberships: actor.memberships };
  }
}
