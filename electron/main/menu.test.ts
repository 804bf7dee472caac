import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from './menu';

function roles(template: MenuItemConstructorOptions[]): string[] {
  return template.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

describe('application menu', () => {
  it('keeps the edit roles so copy and paste work', () => {
    expect(roles(buildMenuTemplate({ isMac: false, devTools: false }))).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit']),
    );
  });

  it('offers developer tools only when asked', () => {
    expect(roles(buildMenuTemplate({ isMac: false, devTools: false }))).not.toContain('toggleDevTools');
    expect(roles(buildMenuTemplate({ isMac: false, devTools: true }))).toContain('toggleDevTools');
  });

  it('adds the app menu on macOS only', () => {
    expect(roles(buildMenuTemplate({ isMac: true, devTools: false }))).toContain('appMenu');
    expect(roles(buildMenuTemplate({ isMac: false, devTools: false }))).not.toContain('appMenu');
  });
});
