// Finds the Electron binary without require('electron'), which would try to
// download it (it cannot be downloaded on our build machines).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { _electron as electron, type ElectronApplication } from '@playwright/test';

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

/**
 * Starts the built app (out/main) in the real Electron with its data in `userData`: the
 * app:// renderer, never a stale dev server. Chromium refuses its sandbox as root (containers, CI).
 */
export function launchShell(bin: string, userData: string, projectRoot: string = process.cwd()): Promise<ElectronApplication> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  delete env['ELECTRON_RENDERER_URL'];
  env['COMPLAINT_DESK_USER_DATA'] = userData;
  const args = process.getuid?.() === 0 ? ['--no-sandbox', 'out/main/index.js'] : ['out/main/index.js'];
  return electron.launch({ executablePath: bin, args, cwd: projectRoot, env });
}
