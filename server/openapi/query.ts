// The query of GET /api/openapi.json and GET /api/docs: the language of the reference. Here rather
// than beside the route, which imports the registry that lists it.
import { z } from 'zod';
import { LangTagSchema } from '../i18n/index.ts';

export const apiDocsQueryShape = z.strictObject({
  lang: LangTagSchema.optional().describe(
    'en | id: the language of the reference (titles, summaries, descriptions and the page\'s own words); paths, parameters, field names, schemas and codes are the same in both. Without it the Accept-Language header decides (id, id-ID, in → id); otherwise en.',
  ),
});
