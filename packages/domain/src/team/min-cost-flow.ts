import { DomainError } from '../errors.js';

/**
 * Min-cost flow by successive shortest paths (Dijkstra with Johnson potentials).
 *
 * Costs are pairs (hi, lo) of non-negative integers compared lexicographically, so two
 * 40-bit halves of a ticket give an 80-bit cost without BigInt while every sum stays an
 * exact double. Supplies are routed one source at a time to a single sink; each Dijkstra
 * stops as soon as the sink is settled, and only settled nodes get their potentials moved
 * (p(v) += d(v) − d(sink)), which keeps every reduced cost non-negative in O(settled) work.
 *
 * The solver is exact: when every supply unit is routed, the flow has the least total cost
 * among all flows routing the same supplies. When a unit cannot be routed, `lastReachable`
 * is the set of nodes reachable from its source; every arc leaving that set is saturated, so
 * the set is a Hall-type witness that no feasible flow exists.
 */
export class MinCostFlow {
  readonly nodeCount: number;
  private head: Int32Array;
  private to = new Int32Array(0);
  private next = new Int32Array(0);
  private cap = new Int32Array(0);
  private costHi = new Float64Array(0);
  private costLo = new Float64Array(0);
  private arcs = 0;

  private readonly potHi: Float64Array;
  private readonly potLo: Float64Array;
  private readonly distHi: Float64Array;
  private readonly distLo: Float64Array;
  private readonly seen: Int32Array;
  private readonly settled: Int32Array;
  private readonly predArc: Int32Array;
  private stamp = 0;
  private heap = new MinHeap();

  /** Nodes reachable from the source of the last failed route (a blocking set). */
  lastReachable: number[] = [];

  constructor(nodeCount: number, arcHint = 16) {
    this.nodeCount = nodeCount;
    this.head = new Int32Array(nodeCount).fill(-1);
    this.potHi = new Float64Array(nodeCount);
    this.potLo = new Float64Array(nodeCount);
    this.distHi = new Float64Array(nodeCount);
    this.distLo = new Float64Array(nodeCount);
    this.seen = new Int32Array(nodeCount);
    this.settled = new Int32Array(nodeCount);
    this.predArc = new Int32Array(nodeCount);
    this.grow(arcHint * 2);
  }

  /** Add arc u→v with capacity and cost (hi, lo ≥ 0); returns its index. Its reverse is index ^ 1. */
  addArc(u: number, v: number, capacity: number, hi: number, lo: number): number {
    if (this.arcs + 2 > this.to.length) this.grow(this.to.length * 2);
    const e = this.arcs;
    this.to[e] = v;
    this.cap[e] = capacity;
    this.costHi[e] = hi;
    this.costLo[e] = lo;
    this.next[e] = this.head[u]!;
    this.head[u] = e;
    this.to[e + 1] = u;
    this.cap[e + 1] = 0;
    this.costHi[e + 1] = -hi;
    this.costLo[e + 1] = -lo;
    this.next[e + 1] = this.head[v]!;
    this.head[v] = e + 1;
    this.arcs += 2;
    return e;
  }

  /** Units of flow on arc `e`. */
  flow(e: number): number {
    return this.cap[e ^ 1]!;
  }

  /** Head node of arc `e`. */
  target(e: number): number {
    return this.to[e]!;
  }

  /** Arcs leaving node u (forward arcs only, i.e. even indices). */
  *outArcs(u: number): Generator<number> {
    for (let e = this.head[u]!; e !== -1; e = this.next[e]!) if ((e & 1) === 0) yield e;
  }

  /** Potential of node v (hi, lo); the dual of the optimal flow. */
  potential(v: number): [number, number] {
    return [this.potHi[v]!, this.potLo[v]!];
  }

  /**
   * Route up to `amount` units from `source` to `sink` along shortest paths. Returns the
   * number routed; if fewer than `amount`, `lastReachable` holds the blocking set.
   */
  route(source: number, sink: number, amount: number): number {
    let routed = 0;
    while (routed < amount) {
      const pushed = this.augment(source, sink, amount - routed);
      if (pushed === 0) return routed;
      routed += pushed;
    }
    return routed;
  }

  private augment(source: number, sink: number, limit: number): number {
    const stamp = ++this.stamp;
    const { distHi, distLo, potHi, potLo, seen, settled, predArc, heap, to, cap, costHi, costLo, next, head } = this;
    const order: number[] = [];
    heap.clear();
    distHi[source] = 0;
    distLo[source] = 0;
    seen[source] = stamp;
    predArc[source] = -1;
    heap.push(0, 0, source);
    let reached = false;
    while (heap.size > 0) {
      const u = heap.popNode();
      const uh = heap.poppedHi;
      const ul = heap.poppedLo;
      if (settled[u] === stamp || uh > distHi[u]! || (uh === distHi[u]! && ul > distLo[u]!)) continue;
      settled[u] = stamp;
      order.push(u);
      if (u === sink) {
        reached = true;
        break;
      }
      const pu = potHi[u]!;
      const pl = potLo[u]!;
      for (let e = head[u]!; e !== -1; e = next[e]!) {
        if (cap[e]! <= 0) continue;
        const v = to[e]!;
        if (settled[v] === stamp) continue;
        const nh = uh + costHi[e]! + pu - potHi[v]!;
        const nl = ul + costLo[e]! + pl - potLo[v]!;
        if (seen[v] !== stamp || nh < distHi[v]! || (nh === distHi[v]! && nl < distLo[v]!)) {
          seen[v] = stamp;
          distHi[v] = nh;
          distLo[v] = nl;
          predArc[v] = e;
          heap.push(nh, nl, v);
        }
      }
    }
    if (!reached) {
      this.lastReachable = order;
      return 0;
    }
    const dh = distHi[sink]!;
    const dl = distLo[sink]!;
    for (const v of order) {
      potHi[v] = potHi[v]! + distHi[v]! - dh;
      potLo[v] = potLo[v]! + distLo[v]! - dl;
      if (Math.abs(potHi[v]!) > EXACT_LIMIT || Math.abs(potLo[v]!) > EXACT_LIMIT) {
        throw new DomainError('internal', '检查组分配的费用超出精确计算范围', { reason: 'flow_precision' });
      }
    }
    let pushed = limit;
    for (let v = sink; v !== source; v = to[predArc[v]! ^ 1]!) pushed = Math.min(pushed, cap[predArc[v]!]!);
    for (let v = sink; v !== source; v = to[predArc[v]! ^ 1]!) {
      const e = predArc[v]!;
      cap[e] = cap[e]! - pushed;
      cap[e ^ 1] = cap[e ^ 1]! + pushed;
    }
    return pushed;
  }

  private grow(size: number): void {
    const resize = <T extends Int32Array | Float64Array>(old: T, make: (n: number) => T): T => {
      const fresh = make(size);
      fresh.set(old);
      return fresh;
    };
    this.to = resize(this.to, (n) => new Int32Array(n));
    this.next = resize(this.next, (n) => new Int32Array(n));
    this.cap = resize(this.cap, (n) => new Int32Array(n));
    this.costHi = resize(this.costHi, (n) => new Float64Array(n));
    this.costLo = resize(this.costLo, (n) => new Float64Array(n));
  }
}

/** Potentials beyond 2^51 could make sums inexact (costs are < 2^40); never reached in practice. */
const EXACT_LIMIT = 2 ** 51;

/** Binary min-heap keyed by (hi, lo), holding node ids; stale entries are skipped by the caller. */
class MinHeap {
  private hi = new Float64Array(64);
  private lo = new Float64Array(64);
  private node = new Int32Array(64);
  size = 0;
  poppedHi = 0;
  poppedLo = 0;

  clear(): void {
    this.size = 0;
  }

  push(h: number, l: number, v: number): void {
    if (this.size === this.node.length) this.grow();
    const { hi, lo, node } = this;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const ph = hi[parent]!;
      if (ph < h || (ph === h && lo[parent]! <= l)) break;
      this.place(i, ph, lo[parent]!, node[parent]!);
      i = parent;
    }
    this.place(i, h, l, v);
  }

  /** Put an entry at slot i (entries move along one path while sifting). */
  private place(i: number, h: number, l: number, v: number): void {
    this.hi[i] = h;
    this.lo[i] = l;
    this.node[i] = v;
  }

  /** Remove the minimum; its key is left in poppedHi/poppedLo. */
  popNode(): number {
    const { hi, lo, node } = this;
    const top = node[0]!;
    this.poppedHi = hi[0]!;
    this.poppedLo = lo[0]!;
    const last = --this.size;
    if (last > 0) {
      const h = hi[last]!;
      const l = lo[last]!;
      const v = node[last]!;
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= last) break;
        const right = child + 1;
        if (right < last && (hi[right]! < hi[child]! || (hi[right]! === hi[child]! && lo[right]! < lo[child]!))) child = right;
        if (hi[child]! > h || (hi[child]! === h && lo[child]! >= l)) break;
        this.place(i, hi[child]!, lo[child]!, node[child]!);
        i = child;
      }
      this.place(i, h, l, v);
    }
    return top;
  }

  private grow(): void {
    const size = this.node.length * 2;
    const hi = new Float64Array(size);
    hi.set(this.hi);
    const lo = new Float64Array(size);
    lo.set(this.lo);
    const node = new Int32Array(size);
    node.set(this.node);
    this.hi = hi;
    this.lo = lo;
    this.node = node;
  }
}
