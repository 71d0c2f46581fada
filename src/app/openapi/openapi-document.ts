import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

import {
  FieldProblemSchema,
  ProblemDetailsSchema,
} from '../../common/http/openapi/problem-details.schema';
import { addCommonResponses } from './common-responses';

export const BEARER_SCHEME = 'bearer';
export const BASIC_SCHEME = 'basic';

/**
 * The API's OpenAPI document, from the controllers' decorators: served at /docs-json and written to
 * openapi.json by `npm run openapi` (src/write-openapi.ts). One function, so both are the same.
 */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('tenfold API')
      .setDescription(
        'Multi-tenant project management. Every error is RFC 9457 `application/problem+json` ' +
          '(`ProblemDetails`). Authenticate with `POST /v1/auth/login` and send the session token ' +
          'as `Authorization: Bearer <token>`.',
      )
      .setVersion('1')
      .addServer('/', 'The host serving this document')
      .addBearerAuth(
        {
          type: 'http',
          scheme: 'bearer',
          description: 'The session token from POST /v1/auth/login',
        },
        BEARER_SCHEME,
      )
      .addBasicAuth(
        { type: 'http', scheme: 'basic', description: 'Admin pages only (local credentials)' },
        BASIC_SCHEME,
      )
      .build(),
    {
      extraModels: [ProblemDetailsSchema, FieldProblemSchema],
      operationIdFactory: (controllerKey, methodKey) => `${controllerKey}_${methodKey}`,
    },
  );
  return addCommonResponses(document);
}
