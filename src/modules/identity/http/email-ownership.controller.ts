import { Body, Controller, HttpCode, Ip, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';

import { CompletePasswordResetCommand } from '../application/complete-password-reset/complete-password-reset.command';
import type { MailRequestAccepted } from '../application/mail-request-accepted';
import { RequestPasswordResetCommand } from '../application/request-password-reset/request-password-reset.command';
import { ResendVerificationCommand } from '../application/resend-verification/resend-verification.command';
import { VerifyEmailCommand } from '../application/verify-email/verify-email.command';
import { AccountEmailDto } from './dto/account-email.dto';
import { CompletePasswordResetDto } from './dto/complete-password-reset.dto';
import { VerifyEmailDto } from './dto/verify-email.dto';

/**
 * Proving an address (verification) and getting back into an account through it (password reset).
 * No session needed: the mailed token is the proof. Requests that mail an address answer the same
 * whether or not it has an account, and are limited per address and per client IP.
 */
@ApiTags('auth')
@Controller('auth')
export class EmailOwnershipController {
  constructor(private readonly commands: CommandBus) {}

  @Post('verify-email')
  @HttpCode(204)
  async verifyEmail(@Body() body: VerifyEmailDto): Promise<void> {
    await this.commands.execute(new VerifyEmailCommand({ token: body.token }));
  }

  @Post('verify-email/resend')
  @HttpCode(202)
  resendVerification(
    @Body() body: AccountEmailDto,
    @Ip() ip: string,
  ): Promise<MailRequestAccepted> {
    return this.commands.execute(
      new ResendVerificationCommand({ email: body.email, clientIp: ip }),
    );
  }

  @Post('password-reset')
  @HttpCode(202)
  requestPasswordReset(
    @Body() body: AccountEmailDto,
    @Ip() ip: string,
  ): Promise<MailRequestAccepted> {
    return this.commands.execute(
      new RequestPasswordResetCommand({ email: body.email, clientIp: ip }),
    );
  }

  /** Sets the new password and ends every session of the account. */
  @Post('password-reset/complete')
  @HttpCode(204)
  async completePasswordReset(@Body() body: CompletePasswordResetDto): Promise<void> {
    await this.commands.execute(
      new CompletePasswordResetCommand({ token: body.token, newPassword: body.newPassword }),
    );
  }
}
