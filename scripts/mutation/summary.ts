/**
 * Turns StrykerJS's JSON report (the mutation-testing-report-schema) into the figures the
 * docs keep: the score per module and the mutants that survived. Score = mutants killed
 * (or timed out) ÷ mutants that ran or had no test (survived and no-coverage count against
 * it); mutants ignored in the source (equivalent ones, with the reason) and ones that did not
 * compile are left out, as Stryker itself counts.
 */
export interface StrykerReport {
  files: Record<string, { mutants: Array<{ mutatorName: string; replacement?: string; status: string; location: { start: { line: number; column: number } } }> }>;
  /** Milliseconds per phase. */
  performance?: { setup: number; initialRun: number; mutation: number };
  framework?: { name: string; version?: string };
}

export interface ModuleScore {
  file: string;
  mutants: number;
  killed: number;
  survived: number;
  noCoverage: number;
  ignored: number;
  /** Percent, one decimal; null when no mutant counted. */
  score: number | null;
}

export interface Survivor {
  file: string;
  line: number;
  mutator: string;
  replacement: string;
  status: 'Survived' | 'NoCoverage';
}

export function summarise(report: StrykerReport): { modules: ModuleScore[]; total: Omit<ModuleScore, 'file'>; survivors: Survivor[] } {
  const modules: ModuleScore[] = [];
  const survivors: Survivor[] = [];
  for (const [file, { mutants }] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
    const count = (...statuses: string[]) => mutants.filter((m) => statuses.includes(m.status)).length;
    const killed = count('Killed', 'Timeout');
    const survived = count('Survived');
    const noCoverage = count('NoCoverage');
    modules.push({ file, mutants: mutants.length, killed, survived, noCoverage, ignored: count('Ignored'), score: score(killed, survived + noCoverage) });
    for (const m of mutants) {
      if (m.status === 'Survived' || m.status === 'NoCoverage') {
        survivors.push({ file, line: m.location.start.line, mutator: m.mutatorName, replacement: m.replacement ?? '', status: m.status });
      }
    }
  }
  const sum = (key: 'mutants' | 'killed' | 'survived' | 'noCoverage' | 'ignored') => modules.reduce((a, m) => a + m[key], 0);
  const total = { mutants: sum('mutants'), killed: sum('killed'), survived: sum('survived'), noCoverage: sum('noCoverage'), ignored: sum('ignored'), score: score(sum('killed'), sum('survived') + sum('noCoverage')) };
  return { modules, total, survivors };
}

function score(killed: number, alive: number): number | null {
  return killed + alive === 0 ? null : Math.round((killed / (killed + alive)) * 1000) / 10;
}
