// The OpenAPI 3.1 document served at /openapi.json, its parameters generated from the zod schemas the routes use.

import { z } from 'zod';
import {
  articlesQuery,
  citationsQuery,
  claimsQuery,
  entitiesQuery,
  exportQuery,
  ingestBody,
  pageQuery,
  quotesQuery,
  reuseQuery,
  storiesQuery,
  storyQuery,
} from './schemas.js';

type JsonSchema = { properties?: Record<string, Record<string, unknown>> };

function queryParams(schema: z.ZodObject) {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: 'query',
    required: false,
    ...(typeof s.description === 'string' ? { description: s.description } : {}),
    schema: s,
  }));
}

const pathParam = (name: string, description: string) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string', maxLength: 200 },
});

const error = { $ref: '#/components/responses/Error' };
const ok = (description: string, type = 'application/json') => ({ description, content: { [type]: {} } });

function get(summary: string, parameters: unknown[], description = 'OK', type?: string) {
  return {
    get: {
      summary,
      parameters,
      responses: { '200': ok(description, type), '400': error, '404': error, '429': error },
    },
  };
}

export function buildOpenApi() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'wiretrace API',
      version: '1',
      description:
        'Stories, who said what, copied passages and travelling claims. Every page of the web UI has its JSON here. Lists are paginated (limit ≤ 1000). Errors are JSON: {"error": message, "status": code, "issues"?: [{path, message}]}.',
    },
    paths: {
      '/api/stats': get('Counts of everything in the store', []),
      '/api/stories': get(
        'Stories, with full-text search over their articles and filters',
        queryParams(storiesQuery),
      ),
      '/api/stories/{id}': get('A story: articles, timeline, quotes by speaker, copied passages, claims', [
        pathParam('id', 'story id (an absorbed id resolves to its story)'),
        ...queryParams(storyQuery),
      ]),
      '/api/stories/{id}/export': get(
        'A story as a download: JSON, CSV, Markdown or a self-contained HTML report',
        [pathParam('id', 'story id'), ...queryParams(exportQuery)],
        'the file',
        '*/*',
      ),
      '/api/articles': {
        ...get('Articles, with full-text search and filters', queryParams(articlesQuery)),
        post: {
          summary: 'Ingest articles (needs the bearer token the server was started with)',
          security: [{ bearer: [] }],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: z.toJSONSchema(ingestBody, { io: 'input', unrepresentable: 'any' }),
              },
            },
          },
          responses: {
            '201': ok('ids inserted and unchanged, whether linking ran, messages'),
            '400': error,
            '401': error,
            '403': error,
            '413': error,
            '429': error,
            '503': error,
          },
        },
      },
      '/api/articles/{id}': get(
        'An article: clean text, analysis, quotes, citations, copied passages, removed lines',
        [pathParam('id', 'article id or a unique prefix of it')],
      ),
      '/api/outlets/{name}': get(
        'An outlet: volume over time, stories, reuse in and out, most quoted speakers',
        [pathParam('name', 'outlet name'), ...queryParams(pageQuery)],
      ),
      '/api/entities': get('Entities (people, organizations, places)', queryParams(entitiesQuery)),
      '/api/entities/{id}': get(
        'An entity: mentions over time, stories, what they said and what was said about them',
        [pathParam('id', 'entity id'), ...queryParams(pageQuery)],
      ),
      '/api/quotes': get(
        "Quotes, each with its article's id, outlet, publication date and title",
        queryParams(quotesQuery),
      ),
      '/api/citations': get('Sources cited, most cited first', queryParams(citationsQuery)),
      '/api/reuse': get('Copied passages', queryParams(reuseQuery)),
      '/api/claims': get('Travelling claims', queryParams(claimsQuery)),
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      responses: {
        Error: {
          description: 'an error, as JSON with a message',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['error', 'status'],
                properties: {
                  error: { type: 'string' },
                  status: { type: 'integer' },
                  issues: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: { path: { type: 'string' }, message: { type: 'string' } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  };
}
