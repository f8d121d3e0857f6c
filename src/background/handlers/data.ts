// The user's data controls: import (in pieces, then a commit) and delete. Import and delete change what is due, so
// the lifecycle reruns. The export needs no handler: the options page reads the store itself.
import {database} from '../../store/db.ts';
import {deleteEverything, importAll, parseExport} from '../../store/backup.ts';
import {receivePiece, takeWhole} from '../import-staging.ts';
import {forgetExtensionStorage} from '../writes/forget-storage.ts';
import {runLifecycle} from '../lifecycle/run.ts';
import type {Handler} from './handler.ts';

export const dataImportPiece: Handler<'data/importPiece'> = async ({importId, index, text}) =>
  ({received: receivePiece(importId, index, text)});

export const dataImportCommit: Handler<'data/importCommit'> = async ({importId, pieces}) => {
  // The file is parsed and checked whole before anything is written; a refused file changes nothing.
  const file = parseExport(takeWhole(importId, pieces));
  const counts = await importAll(database(), file);
  await runLifecycle('data/import', {reconcileAll: true});
  return {counts};
};

export const dataDeleteAll: Handler<'data/deleteAll'> = async () => {
  await deleteEverything(database());
  // Dismissed hints and settings too: everything PRIVACY.md lists as kept.
  await forgetExtensionStorage();
  await runLifecycle('data/deleteAll');
  return {deleted: true};
};
