import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

import { jsonSchemaOf } from './json-schema-of';

/** One answer of the API as a client saw it. */
export interface Exchange {
  method: string;
  /** The path as requested, query included. */
  url: string;
  status: number;
  contentType: string | undefined;
  /** Parsed JSON, or undefined when the body is empty or not JSON. */
  body: unknown;
  rawLength: number;
}

interface ResponseObject {
  content?: Record<string, { schema?: unknown }>;
}
interface Operation {
  responses: Record<string, ResponseObject>;
}
/** The parts of an OpenAPI document the check reads. */
export interface ContractDocument {
  paths: Record<string, Record<string, Operation>>;
  components: unknown;
}

interface Route {
  template: string;
  pattern: RegExp;
  parameters: number;
  operations: Record<string, Operation>;
}

const ROOT = join(__dirname, '..', '..', '..');

/**
 * The committed openapi.json as a checker of answers: the status must be declared for the
 * operation, the content type must be one it declares, and a JSON body must match its schema
 * (undocumented fields included). Answers to paths the document does not have (admin pages,
 * misspelled paths) are not the contract's business.
 */
export class OpenApiContract {
  private readonly routes: Route[];
  private readonly ajv: Ajv;
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly components: unknown;

  private constructor(document: {
    paths: Record<string, Record<string, Operation>>;
    components: unknown;
  }) {
    this.components = jsonSchemaOf(document.components);
    this.ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(this.ajv);
    this.routes = Object.entries(document.paths)
      .map(([template, operations]) => ({
        template,
        operations,
        parameters: (template.match(/\{/g) ?? []).length,
        pattern: new RegExp(
          `^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`,
        ),
      }))
      // A literal segment wins over a parameter: /attachments/upload before /attachments/{id}.
      .sort((a, b) => a.parameters - b.parameters);
  }

  static committed(): OpenApiContract {
    return OpenApiContract.of(JSON.parse(readFileSync(join(ROOT, 'openapi.json'), 'utf8')));
  }

  static of(document: ContractDocument): OpenApiContract {
    return new OpenApiContract(document);
  }

  violationsOf(exchange: Exchange): string[] {
    const path = exchange.url.split('?')[0];
    const method = exchange.method.toLowerCase();
    const route = this.routes.find((r) => r.pattern.test(path) && r.operations[method]);
    if (!route) return [];
    const where = `${exchange.method} ${route.template} → ${exchange.status}`;
    const operation = route.operations[method];
    const declared =
      operation.responses[String(exchange.status)] ??
      (exchange.status >= 500 ? operation.responses.default : undefined);
    if (!declared) return [`${where}: status not declared`];
    const media = exchange.contentType?.split(';')[0].trim();
    const content = declared.content ?? {};
    if (Object.keys(content).length === 0) {
      return exchange.rawLength === 0 ? [] : [`${where}: a body where the document declares none`];
    }
    if (!media || !content[media]) {
      return [
        `${where}: content type ${media ?? 'none'} not declared (${Object.keys(content).join(', ')})`,
      ];
    }
    const schema = content[media].schema;
    if (!schema || !media.includes('json')) return [];
    const validate = this.validatorFor(
      `${method} ${route.template} ${exchange.status} ${media}`,
      schema,
    );
    if (validate(exchange.body)) return [];
    return (validate.errors ?? []).map(
      (error) =>
        `${where}: body${error.instancePath} ${error.message}` +
        (error.params && 'additionalProperty' in error.params
          ? ` (${String(error.params.additionalProperty)})`
          : ''),
    );
  }

  private validatorFor(key: string, schema: unknown): ValidateFunction {
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile({
        ...(jsonSchemaOf(schema) as object),
        components: this.components,
      });
      this.validators.set(key, validate);
    }
    return validate;
  }
}
