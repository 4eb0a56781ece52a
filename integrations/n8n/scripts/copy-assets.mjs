// Copies the node's icon and codex file next to the compiled JavaScript.
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'nodes/StepService';
for (const f of readdirSync(dir)) {
  if (f.endsWith('.svg') || f.endsWith('.json')) copyFileSync(join(dir, f), join('dist', dir, f));
}
