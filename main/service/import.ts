import { importPreview, importProgress, runImport } from '../operations/import';
import type { Request, Response } from '../../shared/ipc/contract';
import type { ImportStatus } from '../../shared/ipc/schemas/import';
import type { ServiceContext } from './context';
import { toAppError, translated } from './errors';
import { contractSummary, type SyncLoop } from './sync-loop';

/**
 * Importing earlier orders from a day, in the app: a validating preview first (nothing
 * is written), then the import through the normal sync in the background, taking turns
 * with the sync loop, with progress, pause and resume. The engine keeps the progress in
 * the ledger, so a paused or interrupted import continues where it was, also after a
 * restart.
 */
export class ImportArea {
  private running: { abort: AbortController; done: Promise<void> } | null = null;
  private last: Pick<ImportStatus, 'summary' | 'problem'> = { summary: null, problem: null };
  /** Paused while the orders were still being counted: nothing is in the ledger yet, but it is paused, not failed. */
  private pausedWhileCounting: string | null = null;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly loop: SyncLoop,
  ) {}

  async preview(req: Request<'import.preview'>): Promise<Response<'import.preview'>> {
    const runtime = this.ctx.requireRuntime();
    const lang = this.ctx.language();
    return translated(lang, () => importPreview(runtime, { from: req.from, lang }), { platform: runtime.profile.shop.platform });
  }

  /** Starts the import from the day, or resumes it when it paused at the same day. */
  async start(req: Request<'import.start'>): Promise<Response<'import.start'>> {
    const runtime = this.ctx.requireRuntime();
    if (this.running) return this.status();
    const abort = new AbortController();
    this.last = { summary: null, problem: null };
    this.pausedWhileCounting = null;
    const done = this.loop
      .exclusive(() => runImport(runtime, { from: req.from, signal: abort.signal }))
      .then(
        (result) => {
          this.last = { summary: result.sync ? contractSummary(result.sync) : null, problem: null };
        },
        (error: unknown) => {
          if (abort.signal.aborted) {
            this.pausedWhileCounting = req.from;
            return;
          }
          const failure = toAppError(error, this.ctx.language(), { platform: runtime.profile.shop.platform }) as { code?: unknown; message?: unknown };
          this.last = { summary: null, problem: { code: String(failure.code ?? 'internal'), message: String(failure.message ?? '') } };
        },
      )
      .finally(() => {
        this.running = null;
        this.loop.afterChange(runtime);
      });
    this.running = { abort, done };
    return this.status();
  }

  /** Pauses after the page of orders in hand; `start` with the same day resumes. */
  async pause(): Promise<Response<'import.pause'>> {
    const running = this.running;
    if (running) {
      running.abort.abort();
      await running.done;
    }
    return this.status();
  }

  async status(): Promise<Response<'import.status'>> {
    const runtime = this.ctx.runtime;
    const stored = runtime ? importProgress(runtime) : null;
    const early = this.pausedWhileCounting;
    const progress = early && stored?.from !== early ? { from: early, state: 'paused' as const, processed: 0, total: 0, pausedBecause: 'paused' as const, startedAt: null, updatedAt: null } : stored;
    const state: ImportStatus['state'] = this.running ? 'running' : this.last.problem ? 'failed' : (progress?.state ?? 'idle');
    return {
      state,
      from: progress?.from ?? null,
      processed: progress?.processed ?? 0,
      total: progress?.total ?? 0,
      pausedBecause: state === 'paused' ? (progress?.pausedBecause ?? 'paused') : null,
      startedAt: progress?.startedAt ?? null,
      updatedAt: progress?.updatedAt ?? null,
      ...this.last,
    };
  }

  /** Stops a running import at the next page (the app is closing); it resumes when started again. */
  async dispose(): Promise<void> {
    await this.pause();
  }
}
