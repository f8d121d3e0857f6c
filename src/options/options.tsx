import {Diagnostics} from './diagnostics.tsx';

/** The options page. Settings sections join here as features land; diagnostics come first because they explain the rest. */
export function Options() {
  return (
    <main>
      <h1 className="brand">Rapport</h1>
      <p className="muted">Everything Rapport knows stays in this browser. Nothing is sent anywhere.</p>
      <Diagnostics />
    </main>
  );
}
