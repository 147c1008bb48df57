// task and the ITSM tables that extend it (incident, problem, change_request) plus cmdb_ci, as data. A field listed
// again in a child table is a dictionary override (incident.state has the incident choice list, not task's).
// Choice values and labels are those of a current release's base system:
// - incident state/incident_state, priority, impact, urgency: ServiceNow docs "Life cycle of an Incident" and the
//   incident form reference (New 1, In Progress 2, On Hold 3, Resolved 6, Closed 7, Canceled 8).
// - incident close_code ("Resolution code"): the values listed by ServiceNowDocs (release "australia")
//   it-service-management/service-operations-workspace/resolve-close-mim-sow.md; in these releases the stored value is
//   the label itself. Older releases used "Solved (Permanently)"... : app code must read sys_choice, not hard-code.
// - hold_reason labels from c_IncidentManagementStateModel.md; their numeric values are the base-system ones.
import { TableSchema } from '../contract';
import { choiceList as choices } from './choice-list';


var impactUrgency = choices([['1', '1 - High'], ['2', '2 - Medium'], ['3', '3 - Low']]);
var incidentStates = choices([['1', 'New'], ['2', 'In Progress'], ['3', 'On Hold'], ['6', 'Resolved'], ['7', 'Closed'], ['8', 'Canceled']]);

export var taskTables: TableSchema[] = [
  {
    name: 'task',
    label: 'Task',
    displayField: 'number',
    extensible: true,
    numberPrefix: 'TASK',
    fields: {
      number: { type: 'string', label: 'Number', maxLength: 40 },
      short_description: { type: 'string', label: 'Short description', maxLength: 160 },
      description: { type: 'string', label: 'Description', maxLength: 4000 },
      state: {
        type: 'integer', label: 'State', defaultValue: '1',
        choices: choices([['-5', 'Pending'], ['1', 'Open'], ['2', 'Work in Progress'], ['3', 'Closed Complete'], ['4', 'Closed Incomplete'], ['7', 'Closed Skipped']]),
      },
      priority: {
        type: 'integer', label: 'Priority', defaultValue: '4',
        choices: choices([['1', '1 - Critical'], ['2', '2 - High'], ['3', '3 - Moderate'], ['4', '4 - Low'], ['5', '5 - Planning']]),
      },
      impact: { type: 'integer', label: 'Impact', defaultValue: '3', choices: impactUrgency },
      urgency: { type: 'integer', label: 'Urgency', defaultValue: '3', choices: impactUrgency },
      active: { type: 'boolean', label: 'Active', defaultValue: 'true' },
      assigned_to: { type: 'reference', label: 'Assigned to', reference: 'sys_user' },
      assignment_group: { type: 'reference', label: 'Assignment group', reference: 'sys_user_group' },
      cmdb_ci: { type: 'reference', label: 'Configuration item', reference: 'cmdb_ci' },
      parent: { type: 'reference', label: 'Parent', reference: 'task' },
      work_notes: { type: 'journal_input', label: 'Work notes' },
      comments: { type: 'journal_input', label: 'Additional comments' },
      work_notes_list: { type: 'glide_list', label: 'Work notes list', reference: 'sys_user', maxLength: 4000 },
      watch_list: { type: 'glide_list', label: 'Watch list', reference: 'sys_user', maxLength: 4000 },
      correlation_id: { type: 'string', label: 'Correlation ID', maxLength: 100 },
      correlation_display: { type: 'string', label: 'Correlation display', maxLength: 100 },
      opened_by: { type: 'reference', label: 'Opened by', reference: 'sys_user', defaultValue: 'javascript:gs.getUserID()' },
      opened_at: { type: 'glide_date_time', label: 'Opened', defaultValue: 'javascript:gs.nowDateTime()' },
      closed_by: { type: 'reference', label: 'Closed by', reference: 'sys_user' },
      closed_at: { type: 'glide_date_time', label: 'Closed' },
      close_notes: { type: 'string', label: 'Close notes', maxLength: 4000 },
      due_date: { type: 'glide_date_time', label: 'Due date' },
      contact_type: {
        type: 'string', label: 'Contact type', maxLength: 40,
        choices: choices([['email', 'Email'], ['phone', 'Phone'], ['self-service', 'Self-service'], ['virtual_agent', 'Virtual Agent'], ['walk-in', 'Walk-in']]),
      },
      approval: {
        type: 'string', label: 'Approval', maxLength: 40, defaultValue: 'not requested',
        choices: choices([['not requested', 'Not Yet Requested'], ['requested', 'Requested'], ['approved', 'Approved'], ['rejected', 'Rejected']]),
      },
      escalation: { type: 'integer', label: 'Escalation', defaultValue: '0', choices: choices([['0', 'Normal'], ['1', 'Moderate'], ['2', 'High'], ['3', 'Overdue']]) },
      made_sla: { type: 'boolean', label: 'Made SLA', defaultValue: 'true' },
      knowledge: { type: 'boolean', label: 'Knowledge', defaultValue: 'false' },
      reassignment_count: { type: 'integer', label: 'Reassignment count', defaultValue: '0' },
      work_start: { type: 'glide_date_time', label: 'Actual start' },
      work_end: { type: 'glide_date_time', label: 'Actual end' },
    },
  },
  {
    name: 'incident',
    label: 'Incident',
    extends: 'task',
    numberPrefix: 'INC',
    fields: {
      state: { type: 'integer', label: 'State', defaultValue: '1', choices: incidentStates },
      incident_state: { type: 'integer', label: 'Incident state', defaultValue: '1', choices: incidentStates },
      caller_id: { type: 'reference', label: 'Caller', reference: 'sys_user' },
      category: {
        type: 'string', label: 'Category', maxLength: 40, defaultValue: 'inquiry',
        choices: choices([['inquiry', 'Inquiry / Help'], ['software', 'Software'], ['hardware', 'Hardware'], ['network', 'Network'], ['database', 'Database']]),
      },
      subcategory: {
        type: 'string', label: 'Subcategory', maxLength: 40,
        choices: choices([['antivirus', 'Antivirus'], ['email', 'Email'], ['internal application', 'Internal Application'], ['cpu', 'CPU'], ['disk', 'Disk'], ['memory', 'Memory'], ['dhcp', 'DHCP'], ['dns', 'DNS'], ['vpn', 'VPN'], ['db2', 'DB2'], ['oracle', 'Oracle'], ['sql server', 'MS SQL Server']]),
      },
      severity: { type: 'integer', label: 'Severity', defaultValue: '3', choices: impactUrgency },
      hold_reason: {
        type: 'integer', label: 'On hold reason',
        choices: choices([['1', 'Awaiting Caller'], ['5', 'Awaiting Change'], ['3', 'Awaiting Problem'], ['4', 'Awaiting Vendor']]),
      },
      close_code: {
        type: 'string', label: 'Resolution code', maxLength: 40,
        choices: choices([
          ['Duplicate', 'Duplicate'], ['Known error', 'Known error'], ['No resolution provided', 'No resolution provided'],
          ['Resolved by caller', 'Resolved by caller'], ['Resolved by change', 'Resolved by change'],
          ['Resolved by problem', 'Resolved by problem'], ['Resolved by request', 'Resolved by request'],
          ['Solution provided', 'Solution provided'], ['Workaround provided', 'Workaround provided'],
        ]),
      },
      resolved_at: { type: 'glide_date_time', label: 'Resolved' },
      resolved_by: { type: 'reference', label: 'Resolved by', reference: 'sys_user' },
      problem_id: { type: 'reference', label: 'Problem', reference: 'problem' },
      rfc: { type: 'reference', label: 'Change Request', reference: 'change_request' },
      caused_by: { type: 'reference', label: 'Caused by Change', reference: 'change_request' },
      parent_incident: { type: 'reference', label: 'Parent Incident', reference: 'incident' },
      child_incidents: { type: 'integer', label: 'Child Incidents', defaultValue: '0' },
      reopen_count: { type: 'integer', label: 'Reopen count', defaultValue: '0' },
      notify: { type: 'integer', label: 'Notify', defaultValue: '1', choices: choices([['1', 'Do Not Notify'], ['2', 'Send Email'], ['3', 'Send SMS']]) },
      contact_type: {
        type: 'string', label: 'Channel', maxLength: 40,
        choices: choices([['email', 'Email'], ['phone', 'Phone'], ['self-service', 'Self-service'], ['virtual_agent', 'Virtual Agent'], ['walk-in', 'Walk-in']]),
      },
    },
  },
  {
    name: 'problem',
    label: 'Problem',
    extends: 'task',
    numberPrefix: 'PRB',
    fields: {
      state: {
        type: 'integer', label: 'State', defaultValue: '101',
        choices: choices([['101', 'New'], ['102', 'Assess'], ['103', 'Root Cause Analysis'], ['104', 'Fix in Progress'], ['106', 'Resolved'], ['107', 'Closed']]),
      },
      problem_state: { type: 'integer', label: 'Problem state', defaultValue: '101' },
      known_error: { type: 'boolean', label: 'Known error', defaultValue: 'false' },
      first_reported_by_task: { type: 'reference', label: 'First reported by', reference: 'task' },
      cause_notes: { type: 'html', label: 'Cause notes', maxLength: 65000 },
      fix_notes: { type: 'html', label: 'Fix notes', maxLength: 65000 },
      workaround: { type: 'html', label: 'Workaround', maxLength: 65000 },
      resolution_code: {
        type: 'string', label: 'Resolution code', maxLength: 40,
        choices: choices([['fix_applied', 'Fix Applied'], ['risk_accepted', 'Risk Accepted'], ['duplicate', 'Duplicate'], ['canceled', 'Canceled']]),
      },
    },
  },
  {
    name: 'change_request',
    label: 'Change Request',
    extends: 'task',
    numberPrefix: 'CHG',
    fields: {
      state: {
        type: 'integer', label: 'State', defaultValue: '-5',
        choices: choices([['-5', 'New'], ['-4', 'Assess'], ['-3', 'Authorize'], ['-2', 'Scheduled'], ['-1', 'Implement'], ['0', 'Review'], ['3', 'Closed'], ['4', 'Canceled']]),
      },
      type: { type: 'string', label: 'Type', maxLength: 40, defaultValue: 'normal', choices: choices([['standard', 'Standard'], ['normal', 'Normal'], ['emergency', 'Emergency']]) },
      risk: { type: 'integer', label: 'Risk', defaultValue: '3', choices: choices([['2', 'High'], ['3', 'Moderate'], ['4', 'Low']]) },
      category: { type: 'string', label: 'Category', maxLength: 40, defaultValue: 'Other' },
      requested_by: { type: 'reference', label: 'Requested by', reference: 'sys_user', defaultValue: 'javascript:gs.getUserID()' },
      start_date: { type: 'glide_date_time', label: 'Planned start date' },
      end_date: { type: 'glide_date_time', label: 'Planned end date' },
      justification: { type: 'string', label: 'Justification', maxLength: 4000 },
      implementation_plan: { type: 'string', label: 'Implementation plan', maxLength: 4000 },
      backout_plan: { type: 'string', label: 'Backout plan', maxLength: 4000 },
      test_plan: { type: 'string', label: 'Test plan', maxLength: 4000 },
      on_hold: { type: 'boolean', label: 'On hold', defaultValue: 'false' },
      close_code: {
        type: 'string', label: 'Close code', maxLength: 40,
        choices: choices([['successful', 'Successful'], ['successful_issues', 'Successful with issues'], ['unsuccessful', 'Unsuccessful']]),
      },
    },
  },
  {
    name: 'cmdb_ci',
    label: 'Configuration Item',
    displayField: 'name',
    extensible: true,
    fields: {
      name: { type: 'string', label: 'Name', maxLength: 255 },
      short_description: { type: 'string', label: 'Description', maxLength: 1000 },
      operational_status: {
        type: 'integer', label: 'Operational status', defaultValue: '1',
        choices: choices([['1', 'Operational'], ['2', 'Non-Operational'], ['3', 'Repair in Progress'], ['4', 'DR Standby'], ['5', 'Ready'], ['6', 'Retired']]),
      },
      install_status: {
        type: 'integer', label: 'Status', defaultValue: '1',
        choices: choices([['1', 'Installed'], ['3', 'In Maintenance'], ['6', 'In Stock'], ['7', 'Retired'], ['100', 'Absent']]),
      },
      category: { type: 'string', label: 'Category', maxLength: 40 },
      subcategory: { type: 'string', label: 'Subcategory', maxLength: 40 },
      serial_number: { type: 'string', label: 'Serial number', maxLength: 255 },
      asset_tag: { type: 'string', label: 'Asset tag', maxLength: 40 },
      ip_address: { type: 'ip_address', label: 'IP Address', maxLength: 255 },
      fqdn: { type: 'string', label: 'Fully qualified domain name', maxLength: 255 },
      assigned_to: { type: 'reference', label: 'Assigned to', reference: 'sys_user' },
      managed_by: { type: 'reference', label: 'Managed by', reference: 'sys_user' },
      owned_by: { type: 'reference', label: 'Owned by', reference: 'sys_user' },
      support_group: { type: 'reference', label: 'Support group', reference: 'sys_user_group' },
      correlation_id: { type: 'string', label: 'Correlation ID', maxLength: 512 },
    },
  },
];
