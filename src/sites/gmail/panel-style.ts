// The compose panel's CSS, inside its Shadow DOM. Light and dark follow the system. Logical properties only (inline =
// the writing direction), so a right-to-left interface mirrors the panel; in left-to-right it reads as before.
export const panelCss = `
:host { all: initial; display: block; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.panel { margin-block: 4px; margin-inline: 16px; text-align: start; border-radius: 8px; background: #f3f6fb; color: #1f2937; border: 1px solid #d8e0ee; }
.bar { display: flex; align-items: center; gap: 8px; padding-block: 6px; padding-inline: 10px; }
.brand { font-weight: 600; color: #3451b2; }
.status { flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.count { font-weight: 600; }
ul { list-style: none; margin: 0; padding-block: 0 8px; padding-inline: 10px; max-height: 240px; overflow: auto; }
li { padding-block: 6px; padding-inline: 0; border-block-start: 1px solid #d8e0ee; }
li[data-type=tone] .mark { background: #d97706; }
li[data-type=commitment] .mark { background: #2563eb; }
.mark { display: inline-block; width: 8px; height: 8px; border-radius: 50%; margin-inline-end: 6px; }
.why { color: #5b6474; margin-block: 2px 4px; margin-inline: 14px 0; }
.actions { display: flex; flex-wrap: wrap; gap: 4px; margin-inline-start: 14px; }
button { font: inherit; border: 1px solid transparent; background: none; color: #3451b2; border-radius: 6px;
  padding-block: 1px; padding-inline: 8px; cursor: pointer; }
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
