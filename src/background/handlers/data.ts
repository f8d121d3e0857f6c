// The user's data controls: export, import, delete. Import and delete change what is due, so the lifecycle reruns.
import {database} from '../../store/db.ts';
import {deleteEverything, exportAll, importAll, parseExport} from '../../store/backup.ts';
import {runLifecycle} from '../lifecycle/run.ts';
import type {Handler} from './handler.ts';

export const dataExport: Handler<'data/export'> = async () => ({json: JSON.stringify(await exportAll(database()))});

export const dataImport: Handler<'data/import'> = async ({text}) => {
  const counts = await importAll(database(), parseExport(text));
  await runLifecycle('data/import', {reconcileAll: true});
  return {counts};
};

export const dataDeleteAll: Handler<'data/deleteAll'> = async () => {
  await deleteEverything(database());
  await runLifecycle('data/deleteAll');
  return {deleted: true};
};
