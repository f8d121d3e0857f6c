// iCalendar (.ics) import: the code is in ./ics/, one job per file (content lines, values, zones, the recurrence
// engine, series expansion, the import itself). This module keeps the import path the rest of Rapport uses.
export * from './ics/index.ts';
