// The base data set of a new sandbox (sandbox/seed/base-data.json): people to assign work to, groups with members,
// configuration items, and incidents across states and priorities with work notes and comments by different users
// at different times. It is written through the emulator at start (packages/glide-emulator/glide/session/seed-data.ts), so numbers,
// sys fields, journal entries and priorities are the instance's own. It references only its own people and groups,
// never the sign-in users, so a --users file cannot break it.
import fs from 'node:fs';
import path from 'node:path';
import type { SeedData } from '@incb/glide-emulator';

export function readBaseData(root: string): SeedData {
  return JSON.parse(fs.readFileSync(path.join(root, 'sandbox', 'seed', 'base-data.json'), 'utf8')) as SeedData;
}
