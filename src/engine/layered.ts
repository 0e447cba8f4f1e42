// A map that a few keys change from the one before: the new map holds those keys and reads the
// rest from the old one, so a move costs the two units it touches, not every unit of the province.
// After a number of layers the chain is flattened once, so reads stay short.

const MAX_DEPTH = 16;

export class LayeredMap<K, V> implements ReadonlyMap<K, V> {
  private readonly own: Map<K, V>;
  private readonly below: LayeredMap<K, V> | undefined;
  private readonly depth: number;

  private constructor(own: Map<K, V>, below: LayeredMap<K, V> | undefined, depth: number) {
    this.own = own;
    this.below = below;
    this.depth = depth;
  }

  static of<K, V>(entries: Map<K, V>): LayeredMap<K, V> {
    return new LayeredMap(entries, undefined, 0);
  }

  /** This map with `changes` over it; the map itself is not changed. */
  with(changes: Map<K, V>): LayeredMap<K, V> {
    if (this.depth + 1 < MAX_DEPTH) return new LayeredMap(changes, this, this.depth + 1);
    const flat = this.flat();
    for (const [key, value] of changes) flat.set(key, value);
    return new LayeredMap(flat, undefined, 0);
  }

  get(key: K): V | undefined {
    for (let layer: LayeredMap<K, V> | undefined = this; layer; layer = layer.below) {
      const value = layer.own.get(key);
      if (value !== undefined || layer.own.has(key)) return value;
    }
    return undefined;
  }

  has(key: K): boolean {
    for (let layer: LayeredMap<K, V> | undefined = this; layer; layer = layer.below) if (layer.own.has(key)) return true;
    return false;
  }

  /** Every layer in one plain map: keys in the order they were first set, values from the top. */
  private flat(): Map<K, V> {
    const layers: Map<K, V>[] = [];
    for (let layer: LayeredMap<K, V> | undefined = this; layer; layer = layer.below) layers.push(layer.own);
    const flat = new Map(layers.pop());
    for (let i = layers.length - 1; i >= 0; i--) for (const [key, value] of layers[i]!) flat.set(key, value);
    return flat;
  }

  entries(): MapIterator<[K, V]> {
    return this.below ? this.flat().entries() : this.own.entries();
  }

  get size(): number {
    return this.below ? this.flat().size : this.own.size;
  }

  *keys(): MapIterator<K> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }
}
