/** "just now", "4 min ago", "2 h ago", else a short local date: how fresh a reading is matters more than when. */
export function timeAgo(then: number, now = Date.now()): string {
  const seconds = Math.round((now - then) / 1000);
  if (seconds < 45) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  return new Date(then).toLocaleDateString(undefined, {month: 'short', day: 'numeric'});
}
