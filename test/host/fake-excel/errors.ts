/**
 * Errors shaped like Office.js's: OfficeExtension.Error (name 'RichApi.Error', a code, debugInfo)
 * for what Excel refuses, and a plain Error for what the fake itself does not model.
 */

/** The messages Excel gives for its common codes, so a message-matching test sees what users would. */
const standardMessages: Record<string, string> = {
  AccessDenied: 'You cannot perform the requested operation.',
  GeneralException: 'There was an internal error while processing the request.',
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: 'The operation is invalid for the object.',
  InvalidObjectPath: "The object path isn't working for what you're trying to do. If you're using the object across multiple \"context.sync\" calls and outside the sequential execution of a \".run\" batch, please use the \"context.trackedObjects.add()\" and \"context.trackedObjects.remove()\" methods to manage the object's lifetime.",
  ItemAlreadyExists: 'The resource being created already exists.',
  ItemNotFound: "The requested resource doesn't exist.",
};

export interface FakeDebugInfo {
  code: string;
  message: string;
  errorLocation: string;
}

/** What `catch (error)` sees when a `context.sync()` fails, like OfficeExtension.Error. */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: FakeDebugInfo;
  readonly traceMessages: string[] = [];

  constructor(code: string, message: string, errorLocation = '') {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

/** Excel's error for `code`, with its usual message unless `detail` gives one. */
export function officeError(code: string, detail: string | undefined, errorLocation: string): FakeOfficeError {
  return new FakeOfficeError(code, detail ?? standardMessages[code] ?? code, errorLocation);
}

export function propertyNotLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError('PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
}

export function valueNotLoaded(): FakeOfficeError {
  return new FakeOfficeError('ValueNotLoaded',
    'The value of the result object has not been initialized yet. Call "context.sync()" before reading the value property.');
}

/** A member of the real API that this fake does not provide: fail loudly, never pass silently. */
export function notImplemented(type: string, member: string): Error {
  return new Error(`The fake Excel host does not implement ${type}.${member}`);
}

/** Something Excel does that this fake does not model, said plainly instead of guessed. */
export function notModelled(what: string): Error {
  return new Error(`The fake Excel host does not model ${what}`);
}
