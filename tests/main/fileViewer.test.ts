// Opening a kept paper at a page: Linux viewers whose page argument is known get it; elsewhere
// the default viewer opens the file at page 1 and the message says so.
import { describe, expect, it } from 'vitest';
import { electronFileViewer, type ViewerSystem } from '../../src/main/electronFileViewer';
import { openedMessage } from '../../src/main/fileViewer';

function fakes(platform: NodeJS.Platform, desktop: string | null, starts = true) {
  const opened: string[] = [];
  const started: [string, string[]][] = [];
  const shell = {
    openPath: async (p: string) => {
      opened.push(p);
      return '';
    },
  };
  const system: ViewerSystem = {
    platform,
    defaultPdfApp: async () => desktop,
    start: async (command, args) => {
      started.push([command, args]);
      return starts;
    },
  };
  return { viewer: electronFileViewer(shell, system), opened, started };
}

describe('electronFileViewer', () => {
  it('starts Evince at the page when it is the default PDF viewer on Linux', async () => {
    const { viewer, opened, started } = fakes('linux', 'org.gnome.Evince.desktop');
    const result = await viewer.open('/lib/papers/ab.pdf', 7);
    expect(result).toEqual({ atPage: 7, viewer: 'Evince' });
    expect(started).toEqual([['evince', ['--page-index=7', '/lib/papers/ab.pdf']]]);
    expect(opened).toEqual([]);
    expect(openedMessage(result, 7)).toBe('Opened at p. 7 in Evince.');
  });

  it('passes Okular and zathura their own page options', async () => {
    const okular = fakes('linux', 'okularApplication_pdf.desktop');
    await okular.viewer.open('/p.pdf', 3);
    expect(okular.started).toEqual([['okular', ['-p', '3', '/p.pdf']]]);
    const zathura = fakes('linux', 'org.pwmt.zathura-pdf-mupdf.desktop');
    await zathura.viewer.open('/p.pdf', 3);
    expect(zathura.started).toEqual([['zathura', ['-P', '3', '/p.pdf']]]);
  });

  it('opens at page 1 with the default viewer on macOS, and says so', async () => {
    const { viewer, opened, started } = fakes('darwin', null);
    const result = await viewer.open('/lib/papers/ab.pdf', 7);
    expect(result).toEqual({ atPage: null, viewer: null });
    expect(opened).toEqual(['/lib/papers/ab.pdf']);
    expect(started).toEqual([]);
    expect(openedMessage(result, 7)).toBe(
      'Opened at p. 1: the system viewer cannot be told a page here; go to p. 7.',
    );
  });

  it('falls back to the default viewer when the known one cannot be started', async () => {
    const { viewer, opened } = fakes('linux', 'org.gnome.Evince.desktop', false);
    expect(await viewer.open('/p.pdf', 2)).toEqual({ atPage: null, viewer: null });
    expect(opened).toEqual(['/p.pdf']);
  });

  it('opens a Markdown paper with the default application, no page', async () => {
    const { viewer, opened, started } = fakes('linux', 'org.gnome.Evince.desktop');
    await viewer.open('/lib/papers/cd.md', null);
    expect(started).toEqual([]);
    expect(opened).toEqual(['/lib/papers/cd.md']);
  });
});
