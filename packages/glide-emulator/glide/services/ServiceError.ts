// sn_ws_err: the error objects a scripted REST resource hands to response.setError(). ServiceError carries any
// status (500 unless set); the typed errors fix theirs and take the message as constructor argument.

export class ServiceError {
  status = 500;
  message = '';
  detail = '';

  setStatus(status: number): void {
    this.status = status;
  }
  setMessage(message: string): void {
    this.message = String(message);
  }
  setDetail(detail: string): void {
    this.detail = String(detail);
  }
}

/** A ServiceError subtype with a fixed status, e.g. new sn_ws_err.NotFoundError('No such work item'). */
function typedError(status: number): new (message?: string) => ServiceError {
  // A plain constructor function (not `class extends`, which needs Object.setPrototypeOf helpers ES5 lacks); it
  // inherits ServiceError's methods, so `instanceof sn_ws_err.ServiceError` holds as on the platform.
  var Typed = function (this: ServiceError, message?: string) {
    this.setStatus(status);
    this.setMessage(message === undefined || message === null ? '' : message);
    this.setDetail('');
  };
  Typed.prototype = Object.create(ServiceError.prototype);
  Typed.prototype.constructor = Typed;
  return Typed as unknown as new (message?: string) => ServiceError;
}

export var BadRequestError = typedError(400);
export var NotFoundError = typedError(404);
export var NotAcceptableError = typedError(406);
export var ConflictError = typedError(409);
export var UnsupportedMediaTypeError = typedError(415);
