import { Body, Controller, HttpCode, Ip, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { ApiProblems } from '../../../common/http/openapi/api-problems.decorator';
import { CompletePasswordResetCommand } from '../application/complete-password-reset/complete-password-reset.command';
import { MailRequestAccepted } from '../application/mail-request-accepted';
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
  @ApiOperation({
    operationId: 'verifyEmail',
    summary: 'Verify an email address with the mailed token',
    description: 'Uses the token up. Unknown, expired and used tokens get the same 400.',
  })
  @ApiNoContentResponse({ description: 'The address is verified' })
  @ApiProblems({ 400: ['verification-token-invalid'] })
  async verifyEmail(@Body() body: VerifyEmailDto): Promise<void> {
    await this.commands.execute(new VerifyEmailCommand({ token: body.token }));
  }

  @Post('verify-email/resend')
  @HttpCode(202)
  @ApiOperation({
    operationId: 'resendVerificationEmail',
    summary: 'Mail a new verification token',
    description:
      'For an account not verified yet; the earlier token stops working. Unknown and verified ' +
      'addresses get no mail and the same answer. Limited per address and per client IP ' +
      '(429 with Retry-After).',
  })
  @ApiAcceptedResponse({
    type: MailRequestAccepted,
    description: 'The same whether or not a mail was sent',
  })
  @ApiProblems({ 429: ['too-many-mail-requests'] })
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
  @ApiOperation({
    operationId: 'requestPasswordReset',
    summary: 'Mail a password reset token',
    description:
      "Mails a one-hour reset token to the account's address. Unknown addresses get no mail " +
      'and the same answer. Limited per address and per client IP (429 with Retry-After).',
  })
  @ApiAcceptedResponse({
    type: MailRequestAccepted,
    description: 'The same whether or not a mail was sent',
  })
  @ApiProblems({ 429: ['too-many-mail-requests'] })
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
  @ApiOperation({
    operationId: 'completePasswordReset',
    summary: 'Set a new password with the mailed reset token',
    description:
      'Uses the token up, counts the address as verified and ends every session of the ' +
      'account. A password that is too weak leaves the token usable. Unknown, expired and used ' +
      'tokens get the same 400.',
  })
  @ApiNoContentResponse({ description: 'The password is set; every session has ended' })
  @ApiProblems({ 400: ['password-reset-token-invalid', 'password-too-weak'] })
  async completePasswordReset(@Body() body: CompletePasswordResetDto): Promise<void> {
    await this.commands.execute(
      new CompletePasswordResetCommand({ token: body.token, newPassword: body.newPassword }),
    );
  }
}
