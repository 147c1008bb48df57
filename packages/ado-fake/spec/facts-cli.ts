// npm run ado-spec [-- --write]: regenerates the committed facts of Microsoft's WIT 7.1 specification from the
// specification folder ($ADO_SPEC_DIR, or ../shared/ado-spec beside the repository) and says whether the committed
// file is current (exit 1 when not); --write replaces it.
import * as fs from 'fs';
import { locateAdoSpecDir } from './spec-location';
import { extractFacts, factsFile, factsText } from './spec-facts';

function main(): void {
  const dir = locateAdoSpecDir();
  const text = factsText(extractFacts(dir));
  const target = factsFile();
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  if (process.argv.indexOf('--write') >= 0) {
    fs.writeFileSync(target, text);
    console.log(`wrote ${target} (${text.length} bytes) from ${dir}`);
  } else if (current === text) {
    console.log(`${target} is current with ${dir}`);
  } else {
    console.log(`${target} differs from what ${dir} gives: run npm run ado-spec -- --write`);
    process.exitCode = 1;
  }
}

main();
