// Azure DevOps error responses: `{"$id":"1","innerException":null,"message":...,"typeName":...,"typeKey":...,
// "errorCode":0,"eventId":...}`. Status codes per exception follow the WIT controller's exception map; messages
// follow the TF/VS-coded texts Azure DevOps returns (TF401232 missing work item, VS403351 failed test op, ...).

export interface AdoErrorBody {
  $id: '1';
  customProperties?: { [key: string]: unknown };
  innerException: null;
  message: string;
  typeName: string;
  typeKey: string;
  errorCode: 0;
  eventId: number;
}

/** Thrown by the fake's handlers; the server answers `status` with `body`. */
export class AdoHttpError extends Error {
  readonly status: number;
  readonly body: AdoErrorBody;
  readonly headers: { [name: string]: string };
  constructor(status: number, body: AdoErrorBody, headers: { [name: string]: string } = {}) {
    super(body.message);
    this.status = status;
    this.body = body;
    this.headers = headers;
  }
}

const WIT_SERVER = { namespace: 'Microsoft.TeamFoundation.WorkItemTracking.Server', assembly: 'Microsoft.TeamFoundation.WorkItemTracking.Server', eventId: 3200 };
const WEB_API = { namespace: 'Microsoft.VisualStudio.Services.WebApi', assembly: 'Microsoft.VisualStudio.Services.WebApi', eventId: 3000 };
const PATCH = { namespace: 'Microsoft.VisualStudio.Services.WebApi.Patch', assembly: 'Microsoft.VisualStudio.Services.WebApi', eventId: 3000 };
const CORE = { namespace: 'Microsoft.TeamFoundation.Core.WebApi', assembly: 'Microsoft.TeamFoundation.Core.WebApi', eventId: 3000 };
const FRAMEWORK = { namespace: 'Microsoft.TeamFoundation.Framework.Server', assembly: 'Microsoft.TeamFoundation.Framework.Server', eventId: 3000 };
const SYSTEM = { namespace: 'System', assembly: 'mscorlib', eventId: 3000 };
const WIQL = { namespace: 'Microsoft.TeamFoundation.WorkItemTracking.Client.Wiql', assembly: 'Microsoft.TeamFoundation.WorkItemTracking.Client', eventId: 3200 };

type Origin = typeof WIT_SERVER;

function error(status: number, origin: Origin, typeKey: string, message: string, customProperties?: AdoErrorBody['customProperties']): AdoHttpError {
  const body: AdoErrorBody = {
    $id: '1',
    ...(customProperties ? { customProperties } : {}),
    innerException: null,
    message,
    typeName: `${origin.namespace}.${typeKey}, ${origin.assembly}`,
    typeKey,
    errorCode: 0,
    eventId: origin.eventId,
  };
  return new AdoHttpError(status, body);
}

export const adoErrors = {
  workItemNotFound: (id: number | string) =>
    error(404, WIT_SERVER, 'WorkItemUnauthorizedAccessException', `TF401232: Work item ${id} does not exist, or you do not have permissions to read it.`),
  testFailed: (path: string, actual: unknown, expected: unknown) =>
    error(412, PATCH, 'TestPatchOperationFailedException', `VS403351: Test Operation for path ${path} failed, value ${actual} was not equal to test value ${expected}.`),
  patchFailed: (message: string) => error(400, PATCH, 'PatchOperationFailedException', message),
  unknownField: (name: string) => error(400, WIT_SERVER, 'WorkItemTrackingFieldDefinitionNotFoundException', `TF51535: Cannot find field ${name}.`),
  readOnlyField: (name: string) => error(400, WIT_SERVER, 'WorkItemFieldInvalidException', `TF401326: Invalid field status 'ReadOnly' for field '${name}'.`),
  invalidTreePath: (field: string) => error(400, WIT_SERVER, 'WorkItemFieldInvalidTreeNameException', `TF401347: Invalid tree name given for work item -1, field '${field}'.`),
  /** TF401320, e.g. a State outside the process's states, or an empty Title */
  ruleViolation: (fieldReferenceName: string, fieldName: string, flags: string[], errorMessage: string) => {
    const statusFlags = flags.map((f) => f.charAt(0).toLowerCase() + f.slice(1)).join(', ');
    const detail = { fieldReferenceName, fieldStatusFlags: statusFlags, errorMessage, ruleValidationErrors: null };
    return error(400, WIT_SERVER, 'RuleValidationException', `TF401320: Rule Error for field ${fieldName}. Error code: ${flags.join(', ')}.`, {
      FieldReferenceName: fieldReferenceName,
      FieldStatusFlags: statusFlags,
      ErrorMessage: errorMessage,
      RuleValidationErrors: [detail],
    });
  },
  workItemTypeNotFound: (type: string, project: string) =>
    error(404, WIT_SERVER, 'WorkItemTypeNotFoundException', `Work item type ${type} does not exist in project ${project}.`),
  projectNotFound: (project: string) =>
    error(404, CORE, 'ProjectDoesNotExistWithNameException', `TF200016: The following project does not exist: ${project}. Verify that the name of the project is correct and that the project exists on the specified Azure DevOps Server.`),
  attachmentNotFound: (id: string) => error(404, WIT_SERVER, 'AttachmentNotFoundException', `The attachment ${id} was not found.`),
  wiqlSyntax: (expecting: string, near: string) => error(400, WIQL, 'SyntaxException', `TF51006: ${expecting}. The error is caused by «${near}».`),
  wiqlUnknownField: (field: string) => error(400, WIQL, 'SyntaxException', `TF51005: The query references a field that does not exist. The error is caused by «${field}».`),
  wiqlTimeWithDatePrecision: (clause: string) =>
    error(400, WIQL, 'SyntaxException', `You cannot supply a time with the date when running a query using date precision. The error is caused by «${clause}».`),
  /** a request argument Azure DevOps refuses (empty comment text, a restore that does not restore, ...) */
  invalidArgument: (message: string) => error(400, SYSTEM, 'ArgumentException', message),
  conflictingParameters: (message: string) => error(400, WIT_SERVER, 'ConflictingParametersException', message),
  contentTypeNotSupported: (message: string) => error(415, WEB_API, 'VssRequestContentTypeNotSupportedException', message),
  /** the fake's spec validator rejected the request (Azure DevOps's own text for a given mistake differs) */
  specViolation: (status: number, errors: string[]) =>
    error(status, WEB_API, 'VssServiceException', `Request does not match the Azure DevOps WIT 7.1 spec: ${errors.join('; ')}`),
  requestBlocked: (resource: string) =>
    error(429, FRAMEWORK, 'RequestBlockedException', `TF400733: The request has been canceled: Request was blocked due to exceeding usage of resource '${resource}' in namespace 'User'.`),
  unauthorized: () => error(401, FRAMEWORK, 'UnauthorizedRequestException', 'TF400813: Resource not available for anonymous access. Client authentication required.'),
  injectedFault: (status: number) => error(status, FRAMEWORK, 'VssServiceException', `Fault injected by the Azure DevOps fake (HTTP ${status}).`),
  notSupportedByFake: (what: string) => error(400, WEB_API, 'VssServiceException', `The Azure DevOps fake does not implement ${what}.`),
};
