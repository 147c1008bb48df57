// The --data file: the sandbox's database (a SessionSnapshot as JSON), restored at start when the file exists and
// written on exit. Written to a temporary file first and renamed over the old one, so an interrupted save never
// leaves a half-written file behind.
import fs from 'node:fs';
import path from 'node:path';
import type { SessionSnapshot } from '@incb/glide-emulator';

/** the saved snapshot, or undefined when the file does not exist yet (a first start) */
export function readDataFile(file: string): SessionSnapshot | undefined {
  if (!fs.existsSync(file)) return undefined;
  let snapshot: SessionSnapshot;
  try {
    snapshot = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`--data ${file}: not readable as JSON (${(error as Error).message}); move it away to start afresh`);
  }
  if (!snapshot || snapshot.format !== 'incident-bridge-sandbox') {
    throw new Error(`--data ${file}: not a sandbox data file (format "incident-bridge-sandbox" expected)`);
  }
  return snapshot;
}

export function writeDataFile(file: string, snapshot: SessionSnapshot): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(snapshot));
  fs.renameSync(temporary, file);
}
