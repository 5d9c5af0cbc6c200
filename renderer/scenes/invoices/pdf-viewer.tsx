import { useEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { ErrorNote } from '../../components/ui';
import { useI18n } from '../../i18n';
import { base64ToBytes, openPdf } from './pdf';

const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];
/** The stage's padding on both sides (styles.css, .pdf-stage): the page fits inside it. */
const STAGE_PADDING = 32;

/** The next zoom step above (`direction` 1) or below (-1) `scale`, or `scale` itself at either end. */
function zoomStep(scale: number, direction: 1 | -1): number {
  const steps = direction === 1 ? ZOOM_STEPS.filter((s) => s > scale + 0.001) : ZOOM_STEPS.filter((s) => s < scale - 0.001).reverse();
  return steps[0] ?? scale;
}

/**
 * Renders one page at a time to a canvas, with zoom and page navigation. It opens fitted to
 * the panel's width, so the whole page is seen in any window; zooming in scrolls inside the page's stage.
 */
export function PdfViewer({ base64, fileName }: { base64: string; fileName: string }) {
  const { t, fill } = useI18n();
  const canvas = useRef<HTMLCanvasElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const [doc, setDoc] = useState<PDFDocumentProxy | null>(null);
  const [page, setPage] = useState(1);
  const [zoom, setZoom] = useState<number | 'fit'>('fit');
  /** The scale the page is shown at (the fitted one while zoom is 'fit'). */
  const [scale, setScale] = useState<number | null>(null);
  const [stageWidth, setStageWidth] = useState(0);
  const [error, setError] = useState<Error>();

  // The stage keeps a scrollbar's room (scrollbar-gutter), so its width does not change with the page's height.
  useEffect(() => {
    const target = stage.current;
    if (!target) return;
    setStageWidth(target.clientWidth);
    // (jsdom, in the renderer's unit tests, has no ResizeObserver: the width measured once is all there is.)
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(() => setStageWidth(target.clientWidth));
    observer.observe(target);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    let cancelled = false;
    let destroy: (() => void) | undefined;
    setDoc(null);
    setPage(1);
    setError(undefined);
    openPdf(base64ToBytes(base64))
      .then((task) => {
        destroy = () => void task.destroy();
        return task.promise;
      })
      .then(
        (loaded) => !cancelled && setDoc(loaded),
        (err: unknown) => !cancelled && setError(err instanceof Error ? err : new Error(String(err))),
      );
    return () => {
      cancelled = true;
      destroy?.();
    };
  }, [base64]);

  useEffect(() => {
    if (!doc || !canvas.current || (zoom === 'fit' && stageWidth === 0)) return;
    let cancelled = false;
    let cancelRender: (() => void) | undefined;
    void doc.getPage(page).then((pdfPage) => {
      if (cancelled || !canvas.current) return;
      const ratio = window.devicePixelRatio || 1;
      const shown = zoom === 'fit' ? Math.max(ZOOM_STEPS[0] / 2, (stageWidth - STAGE_PADDING) / pdfPage.getViewport({ scale: 1 }).width) : zoom;
      setScale(shown);
      const viewport = pdfPage.getViewport({ scale: shown * ratio });
      const target = canvas.current;
      target.width = Math.floor(viewport.width);
      target.height = Math.floor(viewport.height);
      target.style.width = `${Math.floor(viewport.width / ratio)}px`;
      target.style.height = `${Math.floor(viewport.height / ratio)}px`;
      const task = pdfPage.render({ canvas: target, viewport });
      cancelRender = () => task.cancel();
      task.promise.catch((err: unknown) => {
        if (!cancelled && (err as { name?: string }).name !== 'RenderingCancelledException') setError(err as Error);
      });
    });
    return () => {
      cancelled = true;
      cancelRender?.();
    };
  }, [doc, page, zoom, stageWidth]);

  const pages = doc?.numPages ?? 0;
  return (
    <div className="pdf-viewer">
      <div className="toolbar">
        <button type="button" aria-label={t.invoices.prev} disabled={page <= 1} onClick={() => setPage((p) => p - 1)}>‹</button>
        <span aria-live="polite">{doc ? fill(t.invoices.page, { page, pages }) : t.invoices.rendering}</span>
        <button type="button" aria-label={t.invoices.next} disabled={page >= pages} onClick={() => setPage((p) => p + 1)}>›</button>
        <button type="button" aria-label={t.invoices.zoomOut} disabled={scale === null || zoomStep(scale, -1) === scale} onClick={() => scale !== null && setZoom(zoomStep(scale, -1))}>−</button>
        <span>{scale === null ? '' : `${Math.round(scale * 100)} %`}</span>
        <button type="button" aria-label={t.invoices.zoomIn} disabled={scale === null || zoomStep(scale, 1) === scale} onClick={() => scale !== null && setZoom(zoomStep(scale, 1))}>+</button>
        <button type="button" disabled={zoom === 'fit'} onClick={() => setZoom('fit')}>{t.invoices.fitWidth}</button>
        <span className="muted">{fileName}</span>
      </div>
      <ErrorNote error={error} />
      <div className="pdf-stage" ref={stage}>
        <canvas ref={canvas} aria-label={fileName} />
      </div>
    </div>
  );
}
