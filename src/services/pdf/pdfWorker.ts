// Worker thread: reads PDFs with pdfjs-dist and lays them out (core/pdf), so neither the text
// extraction nor the layout runs on the thread that asked. One worker serves read after read
// (pdfjs is loaded once); the parent ends it to cancel a read.
// No network (pdfjs gets bytes, never a URL), no eval, fonts and cmaps from the package folder.
import { existsSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { layoutPdf, pdfPaperSource, textLayerProblem } from '../../core/pdf';
import type { PdfExtract, PdfFontInfo, PdfLink, PdfPageText, PdfTextItem } from '../../core/pdf';
import type { PdfWorkerReply, PdfWorkerRequest } from './pdfWorkerProtocol';

const BOLD = /bold|black|heavy|semibold|demi|\.b$|-b$|,b$|cmbx|medi$/i;
const ITALIC = /italic|oblique|\.i$|-i$|,i$|cmti|cmmi/i;

/** The parts of pdfjs this worker uses (it ships without types for the legacy build's path). */
interface PdfjsModule {
  getDocument(options: Record<string, unknown>): { promise: Promise<PdfjsDocument> };
}
interface PdfjsDocument {
  numPages: number;
  getPage(n: number): Promise<PdfjsPage>;
  destroy(): Promise<void>;
}
interface PdfjsPage {
  getViewport(o: { scale: number }): { width: number; height: number };
  getTextContent(): Promise<{
    items: (
      { str: string; transform: number[]; width: number; height: number; fontName: string } | object
    )[];
    styles: Record<string, unknown>;
  }>;
  getOperatorList(): Promise<unknown>;
  getAnnotations(): Promise<{ subtype?: string; url?: string; rect?: number[] }[]>;
  commonObjs: { get(id: string): { name?: string } | undefined };
  cleanup(): void;
}

const { pdfjsDir } = workerData as { pdfjsDir: string };
let pdfjs: Promise<PdfjsModule> | null = null;

function loadPdfjs(): Promise<PdfjsModule> {
  // Without its standard fonts and cmaps pdfjs would misread some PDFs quietly: a build that
  // lost them fails loudly here instead.
  for (const folder of ['standard_fonts', 'cmaps']) {
    if (!existsSync(`${pdfjsDir}/${folder}`)) {
      return Promise.reject(new Error(`pdfjs-dist's ${folder} are missing from ${pdfjsDir}`));
    }
  }
  pdfjs ??= import(
    /* @vite-ignore */ pathToFileURL(`${pdfjsDir}/legacy/build/pdf.mjs`).href
  ) as Promise<PdfjsModule>;
  return pdfjs;
}

/** What went wrong, in a word the parent turns into a sentence. */
function failureKind(error: unknown): 'encrypted' | 'invalid' | 'corrupt' {
  const name = error && typeof error === 'object' ? (error as { name?: string }).name : '';
  if (name === 'PasswordException') return 'encrypted';
  if (name === 'InvalidPDFException') return 'invalid';
  return 'corrupt';
}

const post = (reply: PdfWorkerReply): void => parentPort!.postMessage(reply);

async function pageText(
  page: PdfjsPage,
  number: number,
  fonts: Record<string, PdfFontInfo>,
): Promise<PdfPageText> {
  const { width, height } = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const unknown = Object.keys(content.styles).filter((id) => !(id in fonts));
  // Font names (and so bold/italic) are known only once pdfjs has loaded the fonts for
  // drawing; do that only on pages that bring a font not seen before.
  if (unknown.length > 0) {
    await page.getOperatorList();
    for (const id of unknown) {
      let name: string;
      try {
        name = String(page.commonObjs.get(id)?.name ?? '');
      } catch {
        name = '';
      }
      const bare = name.replace(/^[A-Z]{6}\+/, '');
      fonts[id] = { name: bare, bold: BOLD.test(bare), italic: ITALIC.test(bare) };
    }
  }
  const items: PdfTextItem[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str === '') continue;
    const [a, b, c, d, e, f] = item.transform as [number, number, number, number, number, number];
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
  const links = await webLinks(page, height);
  page.cleanup();
  return { number, width, height, items, ...(links.length ? { links } : {}) };
}

/** The page's links to web addresses, boxes turned to y measured down from the top. */
async function webLinks(page: PdfjsPage, height: number): Promise<PdfLink[]> {
  const links: PdfLink[] = [];
  for (const a of await page.getAnnotations()) {
    if (a.subtype !== 'Link' || typeof a.url !== 'string' || a.rect?.length !== 4) continue;
    const [x0, y0, x1, y1] = a.rect as [number, number, number, number];
    links.push({
      url: a.url,
      x0: Math.min(x0, x1),
      x1: Math.max(x0, x1),
      y0: height - Math.max(y0, y1),
      y1: height - Math.min(y0, y1),
    });
  }
  return links;
}

async function read({ id, data, paperSource }: PdfWorkerRequest): Promise<void> {
  const { getDocument } = await loadPdfjs();
  const doc = await getDocument({
    data: new Uint8Array(data),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
    standardFontDataUrl: `${pdfjsDir}/standard_fonts/`,
    cMapUrl: `${pdfjsDir}/cmaps/`,
    cMapPacked: true,
  }).promise;
  try {
    const total = doc.numPages;
    const extract: PdfExtract = { pages: [], fonts: {} };
    for (let number = 1; number <= total; number++) {
      extract.pages.push(await pageText(await doc.getPage(number), number, extract.fonts));
      post({ id, type: 'page', done: number, total });
    }
    const problem = textLayerProblem(extract);
    if (problem) {
      post({ id, type: 'problem', problem });
      return;
    }
    post({ id, type: 'layout' });
    const layout = layoutPdf(extract);
    post({ id, type: 'done', layout, source: paperSource ? pdfPaperSource(layout) : null });
  } finally {
    await doc.destroy();
  }
}

parentPort!.on('message', (request: PdfWorkerRequest) => {
  read(request).catch((error: unknown) => {
    post({
      id: request.id,
      type: 'error',
      kind: failureKind(error),
      message: error instanceof Error ? error.message : String(error),
    });
  });
});
