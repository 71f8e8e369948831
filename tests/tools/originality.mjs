// Runs the shared originality check where ../shared exists; says clearly when it cannot.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const tool = new URL('../../../shared/tools/originality.mjs', import.meta.url);
if (!existsSync(tool)) {
  console.log('originality: ../shared/tools/originality.mjs fehlt – Prüfung übersprungen (nur im Projektverbund verfügbar).');
  process.exit(0);
}
const run = spawnSync(process.execPath, [tool.pathname, 'content', 'src'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
