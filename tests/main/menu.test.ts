// The application menu template per platform and build.
import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../src/main/menu';

const roles = (template: ReturnType<typeof menuTemplate>) =>
  template.flatMap((menu) =>
    Array.isArray(menu.submenu) ? menu.submenu.map((item) => item.role).filter(Boolean) : [],
  );

describe('menuTemplate', () => {
  it('offers no reload or developer tools in a packaged build', () => {
    const all = roles(menuTemplate({ appName: 'Scholion', isMac: false, isDev: false }));
    expect(all).toEqual(
      expect.arrayContaining([
        'copy',
        'paste',
        'selectAll',
        'zoomIn',
        'zoomOut',
        'resetZoom',
        'quit',
      ]),
    );
    expect(all).not.toContain('reload');
    expect(all).not.toContain('forceReload');
    expect(all).not.toContain('toggleDevTools');
  });

  it('adds them when unpackaged', () => {
    const all = roles(menuTemplate({ appName: 'Scholion', isMac: false, isDev: true }));
    expect(all).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('has the app menu first on macOS', () => {
    const mac = menuTemplate({ appName: 'Scholion', isMac: true, isDev: false });
    expect(mac[0]?.label).toBe('Scholion');
    expect(roles(mac)).toEqual(expect.arrayContaining(['about', 'hide', 'quit', 'front']));
  });
});
