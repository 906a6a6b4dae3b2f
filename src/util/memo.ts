/**
 * The run's memo: answers worked out once per distinct input while one command runs
 * (a cell text read, a name's comparison key, a choice or ethnic group a spelling names).
 * The same few names and choices fill every row of a workbook, so a run of 200,000 rows
 * asks the same questions thousands of times.
 *
 * A run makes one (`new Memo()`) and passes it down; nothing is remembered between runs,
 * so two runs in one process (tests, the `serve` page) never see each other's answers.
 * It is bounded: past `limit` entries in all its tables together it forgets everything and
 * starts again, so odd inputs (free text, 10^6 distinct names) cannot grow it without end.
 */

/** A table of the memo: a name for its answers and their type. Declare one per question, as a constant. */
export interface MemoTable<V> {
  readonly name: string;
  /** Phantom: ties the table to its answers' type. */
  readonly answer?: V;
}

export function memoTable<V>(name: string): MemoTable<V> {
  return { name };
}

/** Entries in all tables together before the memo starts again. */
const MEMO_LIMIT = 250_000;

type Nested = Map<string, unknown>;

export class Memo {
  private readonly tables = new Map<MemoTable<unknown>, Nested>();
  private entries = 0;
  private computes = 0;

  constructor(readonly limit: number = MEMO_LIMIT) {}

  /** Entries held now, in all tables (for tests and the bound). */
  get size(): number {
    return this.entries;
  }

  /** Answers worked out so far (not found in the memo): a caller can tell a hit from a miss. */
  get computed(): number {
    return this.computes;
  }

  /** `compute(key, arg)` the first time `key` is asked of `table` in this run; the answer remembered after. */
  get<V, A>(table: MemoTable<V>, key: string, compute: (key: string, arg: A) => V, arg: A): V {
    const map = this.table(table);
    const found = map.get(key);
    if (found !== undefined || map.has(key)) return found as V;
    this.computes++;
    const value = compute(key, arg);
    this.store(map, key, value);
    return value;
  }

  /** The same for a question of two strings (a choice list's name and a spelling). */
  get2<V, A>(table: MemoTable<V>, a: string, b: string, compute: (a: string, b: string, arg: A) => V, arg: A): V {
    const top = this.table(table);
    let byB = top.get(a) as Nested | undefined;
    if (!byB) top.set(a, (byB = new Map()));
    const found = byB.get(b);
    if (found !== undefined || byB.has(b)) return found as V;
    this.computes++;
    const value = compute(a, b, arg);
    this.store(byB, b, value);
    return value;
  }

  /**
   * The same for a question of three strings (a unit, a commune, a village), held as maps in
   * maps: the reader hands back the same string objects, whose hashes V8 keeps, so three
   * lookups cost less than joining the strings into one key for every row.
   */
  get3<V, A>(table: MemoTable<V>, a: string, b: string, c: string, compute: (a: string, b: string, c: string, arg: A) => V, arg: A): V {
    const top = this.table(table);
    let byB = top.get(a) as Nested | undefined;
    if (!byB) top.set(a, (byB = new Map()));
    let byC = byB.get(b) as Nested | undefined;
    if (!byC) byB.set(b, (byC = new Map()));
    const found = byC.get(c);
    if (found !== undefined || byC.has(c)) return found as V;
    this.computes++;
    const value = compute(a, b, c, arg);
    this.store(byC, c, value);
    return value;
  }

  private table(table: MemoTable<unknown>): Nested {
    // Full: start again before answering, so no map a caller is about to fill is one just dropped.
    if (this.entries >= this.limit) {
      this.tables.clear();
      this.entries = 0;
    }
    let map = this.tables.get(table);
    if (!map) this.tables.set(table, (map = new Map()));
    return map;
  }

  private store(map: Nested, key: string, value: unknown): void {
    map.set(key, value);
    this.entries++;
  }
}
