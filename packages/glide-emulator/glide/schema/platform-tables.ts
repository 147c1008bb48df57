// Base platform tables every instance has (users, roles, properties, choices, events, attachments, auth profiles,
// business rules, applications, MID servers), as data. Column names, types and lengths follow the platform dictionary;
// only the columns scripts commonly touch are listed. The sys_ columns (sys_id, sys_created_on...) are added to every
// table by the dictionary, sys_class_name to extensible ones.
import { TableSchema } from '../contract';
import { choiceList as choices } from './choice-list';


export var platformTables: TableSchema[] = [
  {
    name: 'sys_user',
    label: 'User',
    displayField: 'name',
    fields: {
      user_name: { type: 'string', label: 'User ID', maxLength: 40 },
      first_name: { type: 'string', label: 'First name', maxLength: 50 },
      last_name: { type: 'string', label: 'Last name', maxLength: 50 },
      name: { type: 'string', label: 'Name', maxLength: 151 },
      email: { type: 'email', label: 'Email', maxLength: 100 },
      title: { type: 'string', label: 'Title', maxLength: 60 },
      phone: { type: 'ph_number', label: 'Business phone', maxLength: 40 },
      mobile_phone: { type: 'ph_number', label: 'Mobile phone', maxLength: 40 },
      manager: { type: 'reference', label: 'Manager', reference: 'sys_user' },
      active: { type: 'boolean', label: 'Active', defaultValue: 'true' },
      locked_out: { type: 'boolean', label: 'Locked out', defaultValue: 'false' },
      web_service_access_only: { type: 'boolean', label: 'Web service access only', defaultValue: 'false' },
      internal_integration_user: { type: 'boolean', label: 'Internal Integration User', defaultValue: 'false' },
      time_zone: { type: 'string', label: 'Time zone', maxLength: 40 },
      roles: { type: 'user_roles', label: 'Roles', maxLength: 255 },
      notification: { type: 'integer', label: 'Notification', defaultValue: '2', choices: choices([['1', 'Disable'], ['2', 'Enable']]) },
    },
  },
  {
    name: 'sys_user_group',
    label: 'Group',
    displayField: 'name',
    fields: {
      name: { type: 'string', label: 'Name', maxLength: 80 },
      description: { type: 'string', label: 'Description', maxLength: 1000 },
      manager: { type: 'reference', label: 'Manager', reference: 'sys_user' },
      email: { type: 'email', label: 'Group email', maxLength: 100 },
      parent: { type: 'reference', label: 'Parent', reference: 'sys_user_group' },
      active: { type: 'boolean', label: 'Active', defaultValue: 'true' },
    },
  },
  {
    name: 'sys_user_grmember',
    label: 'Group Member',
    fields: {
      user: { type: 'reference', label: 'User', reference: 'sys_user' },
      group: { type: 'reference', label: 'Group', reference: 'sys_user_group' },
    },
  },
  {
    name: 'sys_user_role',
    label: 'Role',
    displayField: 'name',
    fields: {
      name: { type: 'string', label: 'Name', maxLength: 100 },
      description: { type: 'string', label: 'Description', maxLength: 1000 },
      suffix: { type: 'string', label: 'Suffix', maxLength: 100 },
      elevated_privilege: { type: 'boolean', label: 'Elevated privilege', defaultValue: 'false' },
    },
  },
  {
    name: 'sys_user_has_role',
    label: 'User Role',
    fields: {
      user: { type: 'reference', label: 'User', reference: 'sys_user' },
      role: { type: 'reference', label: 'Role', reference: 'sys_user_role' },
      inherited: { type: 'boolean', label: 'Inherited', defaultValue: 'false' },
      granted_by: { type: 'reference', label: 'Granted by', reference: 'sys_user_group' },
      state: { type: 'string', label: 'State', maxLength: 40, defaultValue: 'active', choices: choices([['active', 'Active'], ['pending_activation', 'Pending activation'], ['inactive', 'Inactive']]) },
    },
  },
  {
    name: 'sys_properties',
    label: 'System Property',
    displayField: 'name',
    fields: {
      name: { type: 'string', label: 'Name', maxLength: 100 },
      value: { type: 'string', label: 'Value', maxLength: 4000 },
      type: {
        type: 'string', label: 'Type', maxLength: 40, defaultValue: 'string',
        choices: choices([['string', 'string'], ['integer', 'integer'], ['boolean', 'true | false'], ['choicelist', 'choice list'], ['password', 'password'], ['password2', 'password2'], ['uploaded_image', 'image upload']]),
      },
      description: { type: 'string', label: 'Description', maxLength: 512 },
      choices: { type: 'string', label: 'Choices', maxLength: 512 },
      suffix: { type: 'string', label: 'Suffix', maxLength: 100 },
      is_private: { type: 'boolean', label: 'Private', defaultValue: 'false' },
      ignore_cache: { type: 'boolean', label: 'Ignore cache', defaultValue: 'false' },
      read_roles: { type: 'user_roles', label: 'Read roles', maxLength: 255 },
      write_roles: { type: 'user_roles', label: 'Write roles', maxLength: 255 },
    },
  },
  {
    name: 'sys_choice',
    label: 'Choices',
    displayField: 'label',
    fields: {
      name: { type: 'table_name', label: 'Table', maxLength: 80 },
      element: { type: 'string', label: 'Element', maxLength: 80 },
      value: { type: 'string', label: 'Value', maxLength: 40 },
      label: { type: 'string', label: 'Label', maxLength: 100 },
      sequence: { type: 'integer', label: 'Sequence' },
      language: { type: 'string', label: 'Language', maxLength: 40, defaultValue: 'en' },
      inactive: { type: 'boolean', label: 'Inactive', defaultValue: 'false' },
      dependent_value: { type: 'string', label: 'Dependent value', maxLength: 40 },
      hint: { type: 'string', label: 'Hint', maxLength: 255 },
    },
  },
  {
    name: 'sys_journal_field',
    label: 'Journal Entry',
    fields: {
      element: { type: 'string', label: 'Element', maxLength: 40 },
      element_id: { type: 'GUID', label: 'Element ID', maxLength: 32 },
      name: { type: 'table_name', label: 'Name', maxLength: 80 },
      value: { type: 'string', label: 'Value' },
    },
  },
  {
    name: 'sys_attachment',
    label: 'Attachment',
    displayField: 'file_name',
    fields: {
      file_name: { type: 'file_name', label: 'File name', maxLength: 100 },
      content_type: { type: 'string', label: 'Content type', maxLength: 100 },
      size_bytes: { type: 'integer', label: 'Size bytes' },
      size_compressed: { type: 'integer', label: 'Size compressed' },
      compressed: { type: 'boolean', label: 'Compressed', defaultValue: 'false' },
      table_name: { type: 'table_name', label: 'Table name', maxLength: 100 },
      table_sys_id: { type: 'string', label: 'Table sys ID', maxLength: 32 },
      hash: { type: 'string', label: 'Hash', maxLength: 64 },
      state: { type: 'string', label: 'State', maxLength: 40, defaultValue: 'available' },
    },
  },
  {
    // The platform keeps attachment bytes here as base64 chunks; the emulator writes one chunk (position 0).
    name: 'sys_attachment_doc',
    label: 'Attachment Document',
    fields: {
      sys_attachment: { type: 'reference', label: 'Attachment', reference: 'sys_attachment' },
      position: { type: 'integer', label: 'Position' },
      length: { type: 'integer', label: 'Length' },
      data: { type: 'string', label: 'Data' },
    },
  },
  {
    name: 'sysevent',
    label: 'Event',
    displayField: 'name',
    fields: {
      name: { type: 'string', label: 'Name', maxLength: 40 },
      instance: { type: 'GUID', label: 'Instance', maxLength: 32 },
      table: { type: 'table_name', label: 'Table', maxLength: 80 },
      parm1: { type: 'string', label: 'Parm1', maxLength: 4000 },
      parm2: { type: 'string', label: 'Parm2', maxLength: 4000 },
      queue: { type: 'string', label: 'Queue', maxLength: 40 },
      state: {
        type: 'string', label: 'State', maxLength: 40, defaultValue: 'ready',
        choices: choices([['ready', 'Ready'], ['processing', 'Processing'], ['processed', 'Processed'], ['error', 'Error'], ['transferred', 'Transferred']]),
      },
      process_on: { type: 'glide_date_time', label: 'Process on' },
      processed: { type: 'glide_date_time', label: 'Processed' },
      processing_duration: { type: 'integer', label: 'Processing duration' },
      claimed_by: { type: 'string', label: 'Claimed by', maxLength: 100 },
      uri: { type: 'string', label: 'URI', maxLength: 1000 },
      user_id: { type: 'string', label: 'User ID', maxLength: 32 },
      user_name: { type: 'string', label: 'User name', maxLength: 40 },
    },
  },
  {
    name: 'sysevent_register',
    label: 'Event Registration',
    displayField: 'event_name',
    fields: {
      event_name: { type: 'string', label: 'Event name', maxLength: 40 },
      table: { type: 'table_name', label: 'Table', maxLength: 80 },
      description: { type: 'string', label: 'Description', maxLength: 100 },
      fired_by: { type: 'string', label: 'Fired by', maxLength: 100 },
      queue: { type: 'string', label: 'Queue', maxLength: 40 },
    },
  },
  {
    name: 'sysevent_script_action',
    label: 'Script Action',
    displayField: 'name',
    fields: {
      name: { type: 'string', label: 'Name', maxLength: 40 },
      event_name: { type: 'string', label: 'Event name', maxLength: 40 },
      active: { type: 'boolean', label: 'Active', defaultValue: 'false' },
      order: { type: 'integer', label: 'Order', defaultValue: '100' },
      condition_script: { type: 'condition_string', label: 'Condition script', maxLength: 4000 },
      script: { type: 'script', label: 'Script' },
    },
  },
  {
    name: 'sys_script',
    label: 'Business Rule',
    displayField: 'name',
    fields: {
      name: { type: 'string', label: 'Name', maxLength: 100 },
      collection: { type: 'table_name', label: 'Table', maxLength: 80 },
      when: {
        type: 'string', label: 'When', maxLength: 40, defaultValue: 'before',
        choices: choices([['before', 'before'], ['after', 'after'], ['async_always', 'async'], ['display', 'display']]),
      },
      order: { type: 'integer', label: 'Order', defaultValue: '100' },
      priority: { type: 'integer', label: 'Priority', defaultValue: '100' },
      active: { type: 'boolean', label: 'Active', defaultValue: 'true' },
      advanced: { type: 'boolean', label: 'Advanced', defaultValue: 'false' },
      action_insert: { type: 'boolean', label: 'Insert', defaultValue: 'false' },
      action_update: { type: 'boolean', label: 'Update', defaultValue: 'false' },
      action_delete: { type: 'boolean', label: 'Delete', defaultValue: 'false' },
      action_query: { type: 'boolean', label: 'Query', defaultValue: 'false' },
      abort_action: { type: 'boolean', label: 'Abort action', defaultValue: 'false' },
      filter_condition: { type: 'conditions', label: 'Filter Conditions', maxLength: 4000 },
      condition: { type: 'condition_string', label: 'Condition', maxLength: 254 },
      script: { type: 'script_plain', label: 'Script' },
    },
  },
  {
    name: 'sys_auth_profile_basic',
    label: 'Basic Auth Configuration',
    displayField: 'name',
    fields: {
      name: { type: 'string', label: 'Name', maxLength: 100 },
      username: { type: 'string', label: 'Username', maxLength: 100 },
      password: { type: 'password2', label: 'Password', maxLength: 255 },
    },
  },
  {
    name: 'oauth_entity',
    label: 'Application Registry',
    displayField: 'name',
    fields: {
      name: { type: 'string', label: 'Name', maxLength: 100 },
      client_id: { type: 'string', label: 'Client ID', maxLength: 100 },
      client_secret: { type: 'password2', label: 'Client Secret', maxLength: 255 },
      type: {
        type: 'string', label: 'Type', maxLength: 40, defaultValue: 'oauth_provider',
        choices: choices([['client', 'OAuth Client'], ['oauth_provider', 'Third Party OAuth Provider']]),
      },
      default_grant_type: {
        type: 'string', label: 'Default Grant type', maxLength: 40, defaultValue: 'authorization_code',
        choices: choices([['authorization_code', 'Authorization Code'], ['password', 'Resource Owner Password Credentials'], ['client_credentials', 'Client Credentials'], ['jwt_bearer', 'JWT Bearer']]),
      },
      token_url: { type: 'url', label: 'Token URL', maxLength: 1024 },
      auth_url: { type: 'url', label: 'Authorization URL', maxLength: 1024 },
      redirect_url: { type: 'url', label: 'Redirect URL', maxLength: 1024 },
      access_token_lifespan: { type: 'integer', label: 'Access Token Lifespan (seconds)', defaultValue: '1800' },
      refresh_token_lifespan: { type: 'integer', label: 'Refresh Token Lifespan (seconds)', defaultValue: '8640000' },
      active: { type: 'boolean', label: 'Active', defaultValue: 'true' },
    },
  },
  {
    name: 'oauth_entity_profile',
    label: 'OAuth Entity Profile',
    displayField: 'name',
    fields: {
      name: { type: 'string', label: 'Name', maxLength: 100 },
      oauth_entity: { type: 'reference', label: 'OAuth provider', reference: 'oauth_entity' },
      grant_type: { type: 'string', label: 'Grant type', maxLength: 40, defaultValue: 'client_credentials' },
      is_default: { type: 'boolean', label: 'Is default', defaultValue: 'false' },
    },
  },
  {
    name: 'oauth_entity_scope',
    label: 'OAuth Entity Scope',
    displayField: 'name',
    fields: {
      name: { type: 'string', label: 'Name', maxLength: 100 },
      oauth_entity: { type: 'reference', label: 'OAuth Entity', reference: 'oauth_entity' },
      oauth_entity_scope: { type: 'string', label: 'OAuth scope', maxLength: 1000 },
    },
  },
  {
    name: 'oauth_entity_profile_scope',
    label: 'OAuth Entity Profile Scope',
    fields: {
      oauth_entity_profile: { type: 'reference', label: 'OAuth Entity Profile', reference: 'oauth_entity_profile' },
      oauth_entity_scope: { type: 'reference', label: 'OAuth Entity Scope', reference: 'oauth_entity_scope' },
    },
  },
  {
    // Who a stored token belongs to (ServiceNowDocs api-reference/web-services/c_OAuthProviderAndScope.md): the
    // requestor (a record's sys_id) and its context (the requestor's table), for an OAuth entity profile.
    // sn_auth.GlideOAuthClient.getToken(requestID, profileID) takes one of these rows' sys_id.
    name: 'oauth_requestor_profile',
    label: 'OAuth Requestor Profile',
    fields: {
      oauth_requestor: { type: 'string', label: 'OAuth requestor', maxLength: 32 },
      oauth_requestor_context: { type: 'string', label: 'OAuth requestor context', maxLength: 80 },
      oauth_entity_profile: { type: 'reference', label: 'OAuth provider profile', reference: 'oauth_entity_profile' },
    },
  },
  {
    // Tokens the platform obtained for an OAuth profile (what sn_auth.GlideOAuthClient reads and refreshes).
    name: 'oauth_credential',
    label: 'Manage Tokens',
    fields: {
      peer: { type: 'reference', label: 'OAuth Entity', reference: 'oauth_entity' },
      user: { type: 'reference', label: 'User', reference: 'sys_user' },
      type: { type: 'string', label: 'Token type', maxLength: 40, choices: choices([['access_token', 'Access Token'], ['refresh_token', 'Refresh Token']]) },
      token_received: { type: 'password2', label: 'Token', maxLength: 4000 },
      expires: { type: 'glide_date_time', label: 'Expires' },
      scope: { type: 'string', label: 'Scope', maxLength: 1000 },
      oauth_requestor_profile: { type: 'reference', label: 'OAuth Requestor Profile', reference: 'oauth_requestor_profile' },
    },
  },
  {
    // With its Application Access columns (ServiceNowDocs application-development/r_TableApplicationAccessFields.md):
    // what scripts of OTHER scopes may do with the table's rows. The defaults are the documented defaults of a new
    // table (c_DefaultRuntimeAccessPermissions.md: accessible from all scopes, read only, web services on).
    name: 'sys_db_object',
    label: 'Table',
    displayField: 'label',
    fields: {
      name: { type: 'table_name', label: 'Name', maxLength: 80 },
      label: { type: 'string', label: 'Label', maxLength: 80 },
      super_class: { type: 'reference', label: 'Extends table', reference: 'sys_db_object' },
      is_extendable: { type: 'boolean', label: 'Extensible', defaultValue: 'false' },
      sys_scope: { type: 'reference', label: 'Application', reference: 'sys_scope', defaultValue: 'global' },
      access: {
        type: 'string', label: 'Accessible from', maxLength: 40, defaultValue: 'public',
        choices: choices([['public', 'All application scopes'], ['package_private', 'This application scope only']]),
      },
      read_access: { type: 'boolean', label: 'Can read', defaultValue: 'true' },
      create_access: { type: 'boolean', label: 'Can create', defaultValue: 'false' },
      update_access: { type: 'boolean', label: 'Can update', defaultValue: 'false' },
      delete_access: { type: 'boolean', label: 'Can delete', defaultValue: 'false' },
      ws_access: { type: 'boolean', label: 'Allow access to this table via web services', defaultValue: 'true' },
      caller_access: { type: 'string', label: 'Caller Access', maxLength: 40, choices: choices([['1', 'Caller Tracking'], ['2', 'Caller Restriction']]) },
    },
  },
  {
    // Cross-scope privileges (ServiceNowDocs application-development/c_CrossScopePrivilegeRecord.md): what a scope's
    // scripts may do to another scope's table (read, write, create, delete) or script object (execute).
    name: 'sys_scope_privilege',
    label: 'Cross scope privilege',
    fields: {
      source_scope: { type: 'reference', label: 'Source Scope', reference: 'sys_scope' },
      target_scope: { type: 'reference', label: 'Target Scope', reference: 'sys_scope' },
      target_name: { type: 'string', label: 'Target Name', maxLength: 100 },
      target_type: {
        type: 'string', label: 'Target Type', maxLength: 40,
        choices: choices([['sys_db_object', 'Table'], ['sys_script_include', 'Script Include'], ['scriptable', 'Scriptable']]),
      },
      operation: {
        type: 'string', label: 'Operation', maxLength: 40,
        choices: choices([['read', 'Read'], ['write', 'Write'], ['create', 'Create'], ['delete', 'Delete'], ['execute', 'Execute API']]),
      },
      status: { type: 'string', label: 'Status', maxLength: 40, defaultValue: 'requested', choices: choices([['requested', 'Requested'], ['allowed', 'Allowed'], ['denied', 'Denied']]) },
    },
  },
  {
    name: 'ecc_agent',
    label: 'MID Server',
    displayField: 'name',
    fields: {
      name: { type: 'string', label: 'Name', maxLength: 40 },
      status: { type: 'string', label: 'Status', maxLength: 40, defaultValue: 'Down', choices: choices([['Up', 'Up'], ['Down', 'Down'], ['Upgrading', 'Upgrading'], ['Upgrade Failed', 'Upgrade Failed']]) },
      validated: { type: 'string', label: 'Validated', maxLength: 40, defaultValue: 'false', choices: choices([['true', 'Yes'], ['false', 'No'], ['invalidated', 'Invalidated']]) },
      host_name: { type: 'string', label: 'Host name', maxLength: 100 },
      ip_address: { type: 'ip_address', label: 'IP address', maxLength: 40 },
      version: { type: 'string', label: 'Version', maxLength: 100 },
      last_refreshed: { type: 'glide_date_time', label: 'Last refreshed' },
    },
  },
  {
    // sys_app extends sys_scope on the platform: a query on sys_scope also finds applications.
    name: 'sys_scope',
    label: 'Application',
    displayField: 'name',
    extensible: true,
    fields: {
      name: { type: 'string', label: 'Name', maxLength: 100 },
      scope: { type: 'string', label: 'Scope', maxLength: 18 },
      version: { type: 'version', label: 'Version', maxLength: 40 },
      active: { type: 'boolean', label: 'Active', defaultValue: 'true' },
      vendor: { type: 'string', label: 'Vendor', maxLength: 100 },
      vendor_prefix: { type: 'string', label: 'Vendor prefix', maxLength: 40 },
      short_description: { type: 'string', label: 'Short description', maxLength: 1000 },
      private: { type: 'boolean', label: 'Private', defaultValue: 'false' },
      // none, permissive (the UI's "Tracking") or enforcing (c_RuntimeAccessTracking.md)
      runtime_access_tracking: {
        type: 'string', label: 'Runtime Access Tracking', maxLength: 40, defaultValue: 'permissive',
        choices: choices([['none', 'None'], ['permissive', 'Tracking'], ['enforcing', 'Enforcing']]),
      },
    },
  },
  {
    name: 'sys_app',
    label: 'Custom Application',
    extends: 'sys_scope',
    fields: {
      js_level: { type: 'string', label: 'JavaScript Mode', maxLength: 40, defaultValue: 'es_latest', choices: choices([['traditional', 'Compatibility'], ['helsinki_es5', 'ES5 Standards Mode'], ['es_latest', 'ECMAScript 2021 (ES12)']]) },
      sys_code: { type: 'string', label: 'Code', maxLength: 40 },
    },
  },
];
