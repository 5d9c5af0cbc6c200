/**
 * A count shown as a badge and read as " (4)" in the name of the control it sits in, so the
 * name speech-input users say is the visible text, not a separate aria-label (jsdom trims the
 * hidden " (" to "(", Chromium reads "Fejllog (4)").
 */
export function CountInName({ count, className }: { count: number | string; className: string }) {
  return (
    <span className={className}>
      <span className="visually-hidden"> (</span>
      {count}
      <span className="visually-hidden">)</span>
    </span>
  );
}
