// Main process entry: lifecycle and window creation. Everything with logic
// lives in the modules it wires together.
import { join } from 'node:path';
import { BrowserWindow, Menu, app, ipcMain, protocol, session } from 'electron';
import { APP_START_URL, createOriginPolicy } from './app-origin';
import { installAppProtocol, registerAppScheme } from './app-protocol';
import { registerIpc } from './ipc';
import { buildMenuTemplate } from './menu';
import { guardSession, guardWebContents, secureWebPreferences } from './security';

const devUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const policy = createOriginPolicy(devUrl);

// Lets end-to-end tests give each app instance its own data folder.
const userDataOverride = process.env['COMPLAINT_DESK_USER_DATA'];
if (userDataOverride) app.setPath('userData', userDataOverride);

registerAppScheme(protocol);
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    title: '客诉台 Complaint Desk',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js'), { devTools: !app.isPackaged }),
  });
  window.once('ready-to-show', () => window.show());
  // Keep our title: the page's <title> would otherwise replace it.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadURL(policy.devOrigin !== null && devUrl ? devUrl : APP_START_URL);
  return window;
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

async function start(): Promise<void> {
  installAppProtocol(protocol, join(__dirname, '../renderer'));
  guardSession(session.defaultSession, policy);
  registerIpc(ipcMain, policy);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(buildMenuTemplate({ isMac: process.platform === 'darwin', devTools: !app.isPackaged })),
  );
  mainWindow = createMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, policy));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow();
  });
  app.whenReady().then(start, (error: unknown) => {
    console.error('Complaint Desk failed to start', error);
    app.exit(1);
  });
}
