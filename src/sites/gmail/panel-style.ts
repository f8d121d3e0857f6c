// The compose panel's CSS, inside its Shadow DOM. Light and dark follow the system.
export const panelCss = `
:host { all: initial; display: block; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.panel { margin: 4px 16px; border-radius: 8px; background: #f3f6fb; color: #1f2937; border: 1px solid #d8e0ee; }
.bar { display: flex; align-items: center; gap: 8px; padding: 6px 10px; }
.brand { font-weight: 600; color: #3451b2; }
.status { flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.count { font-weight: 600; }
ul { list-style: none; margin: 0; padding: 0 10px 8px; max-height: 240px; overflow: auto; }
li { padding: 6px 0; border-top: 1px solid #d8e0ee; }
li[data-type=tone] .mark { background: #d97706; }
li[data-type=commitment] .mark { background: #2563eb; }
.mark { display: inline-block; width: 8px; height: 8px; border-radius: 50%; margin-right: 6px; }
.why { color: #5b6474; margin: 2px 0 4px 14px; }
.actions { display: flex; flex-wrap: wrap; gap: 4px; margin-left: 14px; }
button { font: inherit; border: 1px solid transparent; background: none; color: #3451b2; border-radius: 6px;
  padding: 1px 8px; cursor: pointer; }
button.suggest { border-color: #3451b2; }
button:hover { background: #e4eaf7; }
button:focus-visible { outline: 2px solid #3451b2; outline-offset: 1px; }
:host([data-collapsed]) ul, :host([data-collapsed]) .status { display: none; }
@media (prefers-color-scheme: dark) {
  .panel { background: #1f2633; color: #e5e7eb; border-color: #334155; }
  li { border-color: #334155; }
  .why { color: #a3acba; }
  .brand, button { color: #9db4ff; }
  button.suggest { border-color: #9db4ff; }
  button:hover { background: #2b3548; }
}
`;
