/** One headline figure of a summary card: the number, and what it counts (a term-description pair). */
export function Figure({value, label}: {value: number; label: string}) {
  return (
    <div className="figure">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
