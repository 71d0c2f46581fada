import { Injectable } from '@nestjs/common';

import { OutboundFailure } from '../../../../infrastructure/resilience/outbound-failure';
import { OutboundHttp } from '../../../../infrastructure/resilience/outbound-http';
import { SecretBox } from '../../../../infrastructure/secrets/secret-box';
import { sealedSecretContext } from '../../domain/signing-secret';
import { signedHeaders } from '../../domain/webhook-signature';
import { WebhookUrlRefused } from '../../domain/webhook-url.errors';
import { SsrfGuard } from '../../network/ssrf-guard';
import type { DeliveryEntity } from '../../persistence/delivery.entity';
import type { EndpointEntity } from '../../persistence/endpoint.entity';
import { type AttemptResult, RESPONSE_BODY_MAX } from './attempt-result';

const TIMEOUT_MS = 15_000;

/**
 * One signed POST to the endpoint: the URL is vetted again (DNS may have changed since creation)
 * and the connection goes only to the vetted address. Redirects are failures, never followed.
 */
@Injectable()
export class SendDelivery {
  constructor(
    private readonly guard: SsrfGuard,
    private readonly http: OutboundHttp,
    private readonly secrets: SecretBox,
  ) {}

  async send(delivery: DeliveryEntity, endpoint: EndpointEntity): Promise<AttemptResult> {
    let target;
    try {
      target = await this.guard.vet(endpoint.url);
    } catch (error) {
      if (error instanceof WebhookUrlRefused) return { kind: 'failed', error: error.message };
      throw error;
    }
    const dependency = `webhook:${endpoint.id}`;
    const headers = {
      'content-type': 'application/json',
      'user-agent': 'tenfold-webhooks/1',
      ...signedHeaders(
        delivery.eventId,
        Math.floor(Date.now() / 1000),
        delivery.body,
        this.signingSecretsOf(endpoint),
      ),
    };
    const started = performance.now();
    try {
      const answer = await this.http.send({
        dependency,
        method: 'POST',
        url: target.url,
        headers,
        body: delivery.body,
        lookup: target.lookup,
        timeoutMs: TIMEOUT_MS,
        maxResponseBytes: RESPONSE_BODY_MAX,
      });
      const seen = { status: answer.status, body: answer.body, latencyMs: answer.latencyMs };
      if (answer.status >= 200 && answer.status < 300) return { kind: 'delivered', ...seen };
      if (answer.status === 410) return { kind: 'gone', ...seen };
      return { kind: 'failed', error: describeAnswer(answer.status, answer.headers), ...seen };
    } catch (error) {
      if (!(error instanceof OutboundFailure)) throw error;
      if (error.isCircuitOpen) {
        return { kind: 'circuit-open', retryInMs: this.http.settingsOf(dependency).resetMs };
      }
      return {
        kind: 'failed',
        error: error.message,
        status: error.details.status,
        body: error.details.body,
        latencyMs: performance.now() - started,
      };
    }
  }

  /** The current secret, and the previous one while it is still valid (both signatures are sent). */
  private signingSecretsOf(endpoint: EndpointEntity): string[] {
    const context = sealedSecretContext(endpoint.id);
    const current = this.secrets.open(endpoint.secret, context);
    const previousValid =
      endpoint.previousSecret &&
      endpoint.previousSecretExpiresAt &&
      endpoint.previousSecretExpiresAt > new Date();
    return previousValid
      ? [current, this.secrets.open(endpoint.previousSecret!, context)]
      : [current];
  }
}

function describeAnswer(status: number, headers: Record<string, string | string[] | undefined>) {
  if (status >= 300 && status < 400) {
    const location = headers.location;
    const where = location ? ` to ${String(location).slice(0, 200)}` : '';
    return `answered ${status}${where}: redirects are not followed`;
  }
  return `answered ${status}`;
}
