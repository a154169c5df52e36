// Worker thread: reads a PDF's text layer with pdfjs-dist and posts it page by page.
// Plain JavaScript because worker_threads load files as they are (no TypeScript loader there).
// No network (pdfjs gets bytes, never a URL), no eval, fonts and cmaps from the package folder.
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';

const BOLD = /bold|black|heavy|semibold|demi|\.b$|-b$|,b$|cmbx|medi$/i;
const ITALIC = /italic|oblique|\.i$|-i$|,i$|cmti|cmmi/i;

/** What went wrong, in a word the service turns into a sentence. */
function classify(error) {
  const name = error && typeof error === 'object' ? error.name : '';
  if (name === 'PasswordException') return 'encrypted';
  if (name === 'InvalidPDFException') return 'invalid';
  return 'corrupt';
}

async function main() {
  const { data, pdfjsDir } = workerData;
  const pdfjs = await import(pathToFileURL(`${pdfjsDir}/legacy/build/pdf.mjs`).href);
  const task = pdfjs.getDocument({
    data: new Uint8Array(data),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
    standardFontDataUrl: `${pdfjsDir}/standard_fonts/`,
    cMapUrl: `${pdfjsDir}/cmaps/`,
    cMapPacked: true,
  });
  const doc = await task.promise;
  const pages = doc.numPages;
  parentPort.postMessage({ type: 'start', pages });
  const fonts = {};
  for (let number = 1; number <= pages; number++) {
    const page = await doc.getPage(number);
    const { width, height } = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const unknown = Object.keys(content.styles).filter((id) => !(id in fonts));
    // Font names (and so bold/italic) are known only once pdfjs has loaded the fonts for
    // drawing; do that only on pages that bring a font not seen before.
    if (unknown.length > 0) {
      await page.getOperatorList();
      for (const id of unknown) {
        let name;
        try {
          name = String(page.commonObjs.get(id)?.name ?? '');
        } catch {
          name = '';
        }
        const bare = name.replace(/^[A-Z]{6}\+/, '');
        fonts[id] = { name: bare, bold: BOLD.test(bare), italic: ITALIC.test(bare) };
      }
    }
    const items = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str === '') continue;
      const [a, b, c, d, e, f] = item.transform;
      items.push({
        text: item.str,
        x: e,
        y: height - f,
        width: item.width,
        size: Math.hypot(c, d) || Math.abs(item.height),
        font: item.fontName,
        rotated: Math.abs(b) > 0.01 || Math.abs(c) > 0.01 || a < 0,
      });
    }
    page.cleanup();
    parentPort.postMessage({ type: 'page', page: { number, width, height, items } });
  }
  parentPort.postMessage({ type: 'done', fonts });
  await doc.destroy();
}

main().catch((error) => {
  parentPort.postMessage({
    type: 'error',
    kind: classify(error),
    message: error instanceof Error ? error.message : String(error),
  });
});
