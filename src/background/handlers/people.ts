// The People view's writes: who is key, their group and interval, and owed items marked by hand. Each is followed by
// a lifecycle run, so the radar's nudges (keep in touch, ask waiting, promise overdue) and the badge follow at once.
// Only extension pages send these (the router's sender table says so).
import {database} from '../../store/db.ts';
import {markOwedItem, removeKeyPerson, saveKeyPerson} from '../../store/key-people.ts';
import {runLifecycle} from '../lifecycle/run.ts';
import type {Handler} from './handler.ts';

export const peopleSave: Handler<'people/save'> = async (request) => {
  const person = await saveKeyPerson(database(), request, Date.now());
  await runLifecycle('people/save');
  return {person};
};

export const peopleRemove: Handler<'people/remove'> = async ({email}) => {
  const removed = await removeKeyPerson(database(), email);
  await runLifecycle('people/remove');
  return {removed};
};

export const owedUpdate: Handler<'owed/update'> = async ({id, action}) => {
  const item = await markOwedItem(database(), id, action, Date.now());
  await runLifecycle('owed/update');
  return {status: item.status};
};
