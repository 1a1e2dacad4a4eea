/** Adds `value` to the list `map` holds under `key`, starting one: rows grouped by a key without copying lists. */
export function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
