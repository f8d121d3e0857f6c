// The options page's plain-text people lists: "Name <email>" per line, or a bare address.

export function parseList(text: string): string[] {
  return [...new Set(text.split(/[\n,;]+/).map((line) => line.trim().toLowerCase()).filter(Boolean))];
}

export function parsePeople(text: string): Array<{email: string; name: string}> {
  const people: Array<{email: string; name: string}> = [];
  for (const line of text.split('\n').map((entry) => entry.trim()).filter(Boolean)) {
    const match = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(line);
    const person = match ? {name: match[1]!.replace(/^"|"$/g, '').trim(), email: match[2]!.toLowerCase()}
      : line.includes('@') ? {name: '', email: line.toLowerCase()} : null;
    if (person && !people.some((known) => known.email === person.email)) people.push(person);
  }
  return people;
}

export function formatPeople(people: Array<{email: string; name: string}>): string {
  return people.map((person) => (person.name ? `${person.name} <${person.email}>` : person.email)).join('\n');
}
