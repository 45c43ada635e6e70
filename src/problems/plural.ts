/** "1 scenario", "2 scenarios": a count with its noun, for every message ztdeck writes in code (templates have the plural helper). */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
