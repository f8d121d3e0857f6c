import {Diagnostics} from './diagnostics.tsx';
import {DataControls} from './data-controls.tsx';
import {PeopleForm} from './people-form.tsx';

/** The options page: who is who, the user's data, and diagnostics. More settings join as features land. */
export function Options() {
  return (
    <main>
      <h1 className="brand">Rapport</h1>
      <p className="muted">Everything Rapport knows stays in this browser. Nothing is sent anywhere.</p>
      <PeopleForm />
      <DataControls />
      <Diagnostics />
    </main>
  );
}
