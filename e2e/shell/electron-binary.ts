// Finds the Electron binary without require('electron'), which would try to
// download it (it cannot be downloaded on our build machines).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ELECTRON_MISSING_REASON =
  'Electron binary not installed here (node_modules/electron/dist missing): shell specs run where it exists';

export function findElectronBinary(projectRoot: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): string | null {
  const fromEnv = env['ELECTRON_EXEC_PATH'];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;

  const packageDir = join(projectRoot, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (relative === '') return null;
  const binary = resolve(packageDir, 'dist', relative);
  return existsSync(binary) ? binary : null;
}
