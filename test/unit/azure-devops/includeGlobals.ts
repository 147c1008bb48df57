// Installed business rules name script includes by their global names, as on an instance (`new OutboxCapture()`);
// the emulator runs those rules in Jest without defining the includes. Here each include of src/app/includes.json
// becomes a global getter that requires its TypeScript source on first use.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../support/builtApp';

export function defineIncludeGlobals(): void {
  const includes: { [name: string]: string } = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/app/includes.json'), 'utf8'));
  for (const name of Object.keys(includes)) {
    if (Object.prototype.hasOwnProperty.call(global, name)) continue;
    Object.defineProperty(global, name, {
      configurable: true,
      get: () => require(path.join(ROOT, 'src/app', includes[name])).default,
    });
  }
}
