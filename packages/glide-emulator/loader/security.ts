// Roles (sys_user_role, sys_user_role_contains) and ACLs (sys_security_acl with their sys_security_acl_role rows),
// with every role given by name: the name is what ACLs, menus and properties are checked against at run time.
import { RecordIndex, bool } from './record-index';
import { AclDefinition, PrivilegeDefinition, RoleDefinition } from './types';

export function rolesOf(index: RecordIndex): RoleDefinition[] {
  return index
    .all('sys_user_role')
    .map((role) => ({
      sysId: role.values.sys_id,
      name: role.values.name,
      description: role.values.description || '',
      containsRoles: index
        .all('sys_user_role_contains')
        .filter((c) => c.values.role === role.values.sys_id)
        .map((c) => index.roleName(c, 'contains'))
        .sort(),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Role names of one ACL, from its sys_security_acl_role rows. */
export function aclRoleNames(index: RecordIndex, aclSysId: string): string[] {
  return index
    .all('sys_security_acl_role')
    .filter((r) => r.values.sys_security_acl === aclSysId)
    .map((r) => index.roleName(r, 'sys_user_role'))
    .sort();
}

export function aclsOf(index: RecordIndex): AclDefinition[] {
  return index.all('sys_security_acl').map((acl) => {
    var v = acl.values;
    var out: AclDefinition = {
      sysId: v.sys_id,
      name: v.name,
      type: v.type,
      operation: v.operation,
      roles: aclRoleNames(index, v.sys_id),
      active: bool(v.active),
      adminOverrides: bool(v.admin_overrides),
      decisionType: v.decision_type || 'allow',
      description: v.description || '',
      scope: index.scopeName(acl),
    };
    if (v.type === 'record') {
      var dot = v.name.indexOf('.');
      out.table = dot < 0 ? v.name : v.name.substring(0, dot);
      if (dot >= 0) out.field = v.name.substring(dot + 1);
    }
    if (v.condition) out.condition = v.condition;
    if (v.script) out.script = v.script;
    return out;
  });
}

/** The cross-scope privileges the package ships (sys_scope_privilege), with their scopes by name. */
export function privilegesOf(index: RecordIndex): PrivilegeDefinition[] {
  return index.all('sys_scope_privilege').map((p) => {
    var v = p.values;
    var target = v.target_scope || '';
    var targetDisplay = p.attributes.target_scope && p.attributes.target_scope.display_value;
    var source = p.attributes.source_scope && p.attributes.source_scope.display_value;
    return {
      sysId: v.sys_id,
      sourceScope: source || index.scopeName(p),
      targetScope: targetDisplay || (target === '' || target === 'global' ? 'global' : target),
      targetName: v.target_name || '',
      targetType: v.target_type || '',
      operation: v.operation || '',
      status: v.status || '',
    };
  });
}
