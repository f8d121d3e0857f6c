// Checks every record of an export file against its table's shape, before anything is written.
import {firstProblem, type Expected} from './checks.ts';
import {tableShapes} from './tables.ts';

/** The first wrong field of a file: which table, which record (counted from 0), which field, what it should hold. */
export type RecordProblem = {table: string; index: number; field: string; expected: Expected};

export function findRecordProblem(tables: Record<string, readonly unknown[]>): RecordProblem | null {
  for (const [table, rows] of Object.entries(tables)) {
    const shape = tableShapes[table];
    if (!shape) return {table, index: 0, field: '', expected: 'object'};
    for (const [index, row] of rows.entries()) {
      const problem = firstProblem(shape, row);
      if (problem) return {table, index, ...problem};
    }
  }
  return null;
}
