import { describe, expect, it } from 'vitest';
import { summarise, type StrykerReport } from '../../scripts/mutation/summary';

const at = (line: number) => ({ start: { line, column: 1 } });

describe('the mutation figures kept in the docs', () => {
  it('scores each module as killed ÷ (killed + survived + no coverage), leaving ignored mutants out, and lists what survived', () => {
    const report: StrykerReport = {
      files: {
        'shared/domain/money.ts': {
          mutants: [
            { mutatorName: 'ArithmeticOperator', replacement: 'a - b', status: 'Killed', location: at(3) },
            { mutatorName: 'StringLiteral', replacement: '""', status: 'Timeout', location: at(4) },
            { mutatorName: 'ConditionalExpression', replacement: 'true', status: 'Survived', location: at(9) },
            { mutatorName: 'BlockStatement', replacement: '{}', status: 'Ignored', location: at(12) },
          ],
        },
        'main/engine/journal.ts': {
          mutants: [
            { mutatorName: 'BooleanLiteral', replacement: 'false', status: 'NoCoverage', location: at(7) },
            { mutatorName: 'EqualityOperator', replacement: 'a !== b', status: 'Killed', location: at(8) },
            { mutatorName: 'BlockStatement', replacement: '{}', status: 'CompileError', location: at(20) },
          ],
        },
      },
    };
    const { modules, total, survivors } = summarise(report);
    // journal: 1 killed of 2 that count = 50 %; money: 2 of 3 = 66.7 %; together 3 of 5 = 60 %
    expect(modules.map((m) => [m.file, m.score, m.killed, m.survived, m.noCoverage, m.ignored])).toEqual([
      ['main/engine/journal.ts', 50, 1, 0, 1, 0],
      ['shared/domain/money.ts', 66.7, 2, 1, 0, 1],
    ]);
    expect(total).toMatchObject({ mutants: 7, killed: 3, survived: 1, noCoverage: 1, score: 60 });
    expect(survivors).toEqual([
      { file: 'main/engine/journal.ts', line: 7, mutator: 'BooleanLiteral', replacement: 'false', status: 'NoCoverage' },
      { file: 'shared/domain/money.ts', line: 9, mutator: 'ConditionalExpression', replacement: 'true', status: 'Survived' },
    ]);
  });
});
