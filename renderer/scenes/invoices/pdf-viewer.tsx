import { useEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { ErrorNote } from '../../components/ui';
import { useI18n } from '../../i18n';
import { base64ToBytes, openPdf } from './pdf';

const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];

/** Renders one page at a time to a canvas, with zoom and page navigation. */
export function PdfViewer({ base64, fileName }: { base64: string; fileName: string }) {
  const { t, fill } = useI18n();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [doc, setDoc] = useState<PDFDocumentProxy | null>(null);
  const [page, setPage] = useState(1);
  const [zoom, setZoom] = useState(2);
  const [error, setError] = useState<Error>();

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
    if (!doc || !canvas.current) return;
    let cancelled = false;
    let cancelRender: (() => void) | undefined;
    void doc.getPage(page).then((pdfPage) => {
      if (cancelled || !canvas.current) return;
      const ratio = window.devicePixelRatio || 1;
      const viewport = pdfPage.getViewport({ scale: ZOOM_STEPS[zoom] * ratio });
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
  }, [doc, page, zoom]);

  const pages = doc?.numPages ?? 0;
  return (
    <div className="pdf-viewer">
      <div className="toolbar">
        <button type="button" aria-label={t.invoices.prev} disabled={page <= 1} onClick={() => setPage((p) => p - 1)}>‹</button>
        <span aria-live="polite">{doc ? fill(t.invoices.page, { page, pages }) : t.invoices.rendering}</span>
        <button type="button" aria-label={t.invoices.next} disabled={page >= pages} onClick={() => setPage((p) => p + 1)}>›</button>
        <button type="button" aria-label={t.invoices.zoomOut} disabled={zoom === 0} onClick={() => setZoom((z) => z - 1)}>−</button>
        <span>{Math.round(ZOOM_STEPS[zoom] * 100)} %</span>
        <button type="button" aria-label={t.invoices.zoomIn} disabled={zoom === ZOOM_STEPS.length - 1} onClick={() => setZoom((z) => z + 1)}>+</button>
        <span className="muted">{fileName}</span>
      </div>
      <ErrorNote error={error} />
      <div className="pdf-stage">
        <canvas ref={canvas} aria-label={fileName} />
      </div>
    </div>
  );
}
