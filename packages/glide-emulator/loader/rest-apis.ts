// Scripted REST APIs (sys_ws_definition, sys_ws_version, sys_ws_operation) with the paths that reach each route and
// the roles its enforced REST endpoint ACLs grant. URI: /api/<namespace>/<version>/<api id><relative path>; the
// default version also answers without the version segment.
import { RecordIndex, bool, int, list } from './record-index';
import { aclRoleNames } from './security';
import { RestApiDefinition, RestApiVersion, RestRouteDefinition } from './types';

/** '/' or '' (the API root) becomes '', anything else keeps one leading slash and loses a trailing one. */
function normalizeRelativePath(relativePath: string): string {
  var trimmed = relativePath.replace(/\/+$/, '');
  if (trimmed === '') return '';
  return trimmed.charAt(0) === '/' ? trimmed : '/' + trimmed;
}

/** Roles granted by the enforced ACLs the app defines, and the ids of enforced ACLs it does not define. */
function enforcedAcls(index: RecordIndex, enforceAcl: string): { acls: string[]; externalAclIds: string[] } {
  var roles: string[] = [];
  var external: string[] = [];
  for (var id of list(enforceAcl)) {
    if (!index.get('sys_security_acl', id)) {
      external.push(id);
      continue;
    }
    for (var role of aclRoleNames(index, id)) if (roles.indexOf(role) < 0) roles.push(role);
  }
  return { acls: roles.sort(), externalAclIds: external };
}

function contentTypes(value: string | undefined): string[] | undefined {
  var types = list(value);
  return types.length > 0 ? types : undefined;
}

export function restApisOf(index: RecordIndex): RestApiDefinition[] {
  return index.all('sys_ws_definition').map((definition) => {
    var d = definition.values;
    var versions: RestApiVersion[] = index
      .all('sys_ws_version')
      .filter((v) => v.values.web_service_definition === d.sys_id)
      .map((v) => ({
        id: v.values.version_id,
        number: int(v.values.version) ?? 0,
        isDefault: bool(v.values.is_default),
        active: bool(v.values.active),
        deprecated: bool(v.values.deprecated),
      }))
      .sort((a, b) => a.number - b.number);
    var routes = index
      .all('sys_ws_operation')
      .filter((o) => o.values.web_service_definition === d.sys_id)
      .map((operation): RestRouteDefinition => {
        var o = operation.values;
        var relative = normalizeRelativePath(o.relative_path || '');
        var versionRecord = o.web_service_version ? index.get('sys_ws_version', o.web_service_version) : undefined;
        if (o.web_service_version && !versionRecord) {
          throw new Error(`${operation.file}: route ${o.name} belongs to version ${o.web_service_version}, which the app does not define`);
        }
        var version = versionRecord ? versionRecord.values.version_id : '';
        var fullPaths = versionRecord
          ? ['/api/' + d.namespace + '/' + version + '/' + d.service_id + relative]
          : [d.base_uri + relative];
        if (versionRecord && bool(versionRecord.values.is_default)) fullPaths.push(d.base_uri + relative);
        var route: RestRouteDefinition = {
          sysId: o.sys_id,
          name: o.name,
          method: o.http_method,
          relativePath: o.relative_path,
          version,
          fullPaths,
          scope: index.scopeName(operation),
          script: o.operation_script,
          active: bool(o.active),
          requiresAuthentication: bool(o.requires_authentication),
          requiresAcl: bool(o.requires_acl_authorization),
          requiresSncInternalRole: bool(o.requires_snc_internal_role),
          ...enforcedAcls(index, o.enforce_acl),
        };
        var consumes = contentTypes(o.consumes);
        if (consumes) route.requestContentTypes = consumes;
        var produces = contentTypes(o.produces);
        if (produces) route.produces = produces;
        return route;
      });
    return {
      sysId: d.sys_id,
      name: d.name,
      namespace: d.namespace,
      apiId: d.service_id,
      baseUri: d.base_uri,
      active: bool(d.active),
      versions,
      ...enforcedAcls(index, d.enforce_acl),
      routes,
    };
  });
}
