// Routes Azure DevOps serves that a Swagger 2 `paths` object cannot express, derived from the spec itself:
// - `x-ms-paths` (an AutoRest extension Prism ignores) holds operations sharing a path with a `paths` entry and told
//   apart only by query, e.g. GET .../comments without `ids` (list) versus with `ids` (batch).
// - `{team}` is an optional route segment (Microsoft's reference lists it as not required, e.g. for WIQL), but
//   Swagger 2 path parameters are always required, so the spec only has the team-scoped form.
// The validator tries these operations when the `paths` operation does not accept a request.
import { SwaggerDocument } from './spec-overrides';

const TEAM_SEGMENT = '/{team}';

export function routeVariantsDocument(document: SwaggerDocument): SwaggerDocument {
  const variants: SwaggerDocument = {};
  const msPaths: SwaggerDocument = document['x-ms-paths'] || {};
  for (const key of Object.keys(msPaths)) {
    const template = key.split('?')[0];
    variants[template] = { ...variants[template], ...msPaths[key] };
  }
  const paths: SwaggerDocument = document.paths || {};
  for (const template of Object.keys(paths)) {
    if (template.indexOf(TEAM_SEGMENT + '/') < 0) continue;
    const withoutTeam: SwaggerDocument = {};
    for (const method of Object.keys(paths[template])) {
      const operation = paths[template][method];
      withoutTeam[method] = {
        ...operation,
        parameters: (operation.parameters || []).filter((p: { name?: string; in?: string }) => !(p.name === 'team' && p.in === 'path')),
      };
    }
    variants[template.replace(TEAM_SEGMENT, '')] = withoutTeam;
  }
  const result: SwaggerDocument = { ...document, paths: variants };
  delete result['x-ms-paths'];
  return result;
}
