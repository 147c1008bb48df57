// The Rhino parts of the sandbox tests: run where Java and Rhino are, skipped with a loud banner where they are not,
// and failing under CI=true, where Rhino must run (as in the Rhino tier, test/rhino/rhinoBridge.ts).
import { rhinoAvailability } from '@incb/glide-emulator/runtime';

const availability = rhinoAvailability();

export const rhinoAvailable = availability.available;

/** Call once per test file that has Rhino parts: prints the banner (or throws under CI) when Rhino is missing. */
export function announceRhinoSkip(what: string): void {
  if (availability.available) return;
  const banner = `\n${'#'.repeat(78)}\n#  RHINO PART SKIPPED (${what}): ${availability.reason}\n${'#'.repeat(78)}\n`;
  if (process.env.CI === 'true') throw new Error(`${banner}CI=true: the Rhino parts must run in CI.`);
  console.warn(banner);
}
