import { Body, Controller, Get, HttpCode, Ip, Post, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';

import type { Actor } from '../../../common/auth/actor';
import { Auth } from '../../../common/auth/auth.decorator';
import { CurrentActor } from '../../../common/auth/current-actor.decorator';
import { ChangePasswordCommand } from '../application/change-password/change-password.command';
import { LogInCommand } from '../application/log-in/log-in.command';
import { LogOutCommand } from '../application/log-out/log-out.command';
import type { MailRequestAccepted } from '../application/mail-request-accepted';
import type { SignedIn } from '../application/signed-in';
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
  logIn(@Body() body: LogInDto, @Ip() ip: string): Promise<SignedIn> {
    return this.commands.execute(
      new LogInCommand({ email: body.email, password: body.password, clientIp: ip }),
    );
  }

  @Post('auth/logout')
  @HttpCode(204)
  @Auth()
  async logOut(@CurrentActor() actor: Actor): Promise<void> {
    await this.commands.execute(
      new LogOutCommand({ actorId: actor.userId, sessionId: actor.sessionId, everywhere: false }),
    );
  }

  @Post('auth/logout-everywhere')
  @HttpCode(204)
  @Auth()
  async logOutEverywhere(@CurrentActor() actor: Actor): Promise<void> {
    await this.commands.execute(
      new LogOutCommand({ actorId: actor.userId, sessionId: actor.sessionId, everywhere: true }),
    );
  }

  /** Also ends every other session of the user. */
  @Put('auth/password')
  @HttpCode(204)
  @Auth()
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
  me(@CurrentActor() actor: Actor) {
    return { id: actor.userId, email: actor.email, memberships: actor.memberships };
  }
}
