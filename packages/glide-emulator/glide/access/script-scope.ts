// The scope of the script running now, as the objects the emulator hands to scripts see it (a GlideDateTime or a
// RESTResponseV2 does not know which instance made it): ScopedAccess.run pushes here as well as on its instance's
// own stack, and when nothing runs, the caller scope of the instance whose globals were installed last is what the
// code calling those globals directly (a Jest test of the app's source, a Rhino job) runs as. Scripts run
// synchronously, so the top of this stack is the running script's scope whatever instance runs it.
var stack: string[] = [];
var ambient = 'global';

export function enterScope(scope: string): void {
  stack.push(scope);
}

export function leaveScope(): void {
  stack.pop();
}

/** the caller scope of the instance whose globals were just installed */
export function setAmbientScope(scope: string): void {
  ambient = scope;
}

export function scriptScope(): string {
  return stack.length > 0 ? stack[stack.length - 1] : ambient;
}
