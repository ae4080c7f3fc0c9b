/**
 * Minimum-cost maximum flow by successive shortest paths (Bellman-Ford queue variant, so edge
 * costs may be negative). Costs are integers, so sums are exact and ties are decided by edge
 * order, never by rounding. Sized for the loop plan: a few hundred nodes and edges.
 */

interface Edge {
  to: number;
  capacity: number;
  cost: number;
  flow: number;
}

export class FlowNetwork {
  private readonly edges: Edge[] = [];
  private readonly adjacency: number[][];

  constructor(readonly size: number) {
    this.adjacency = Array.from({ length: size }, () => []);
  }

  /** Adds an edge and returns its index, for reading its flow after solving. */
  addEdge(from: number, to: number, capacity: number, cost: number): number {
    if (!Number.isSafeInteger(cost)) throw new RangeError(`edge cost must be a safe integer, got ${cost}`);
    const index = this.edges.length;
    this.edges.push({ to, capacity, cost, flow: 0 }, { to: from, capacity: 0, cost: -cost, flow: 0 });
    this.adjacency[from]!.push(index);
    this.adjacency[to]!.push(index + 1);
    return index;
  }

  flowOn(edge: number): number {
    return this.edges[edge]!.flow;
  }

  /**
   * Sends as much flow as possible from source to sink at the least total cost. Each round
   * augments along a cheapest residual path, which keeps the flow cheapest for its size; the
   * residual graph never has a negative cycle because the input graph has none.
   */
  solve(source: number, sink: number): { flow: number; cost: number } {
    let flow = 0;
    let cost = 0;
    const dist = new Array<number>(this.size);
    const via = new Array<number>(this.size);
    const queued = new Uint8Array(this.size);
    for (;;) {
      dist.fill(Number.POSITIVE_INFINITY);
      via.fill(-1);
      dist[source] = 0;
      const queue = [source];
      queued[source] = 1;
      for (let head = 0; head < queue.length; head++) {
        const u = queue[head]!;
        queued[u] = 0;
        for (const e of this.adjacency[u]!) {
          const edge = this.edges[e]!;
          if (edge.capacity - edge.flow <= 0) continue;
          const candidate = dist[u]! + edge.cost;
          if (candidate < dist[edge.to]!) {
            dist[edge.to] = candidate;
            via[edge.to] = e;
            if (!queued[edge.to]) {
              queued[edge.to] = 1;
              queue.push(edge.to);
            }
          }
        }
      }
      if (dist[sink] === Number.POSITIVE_INFINITY) return { flow, cost };
      let push = Number.POSITIVE_INFINITY;
      for (let v = sink; v !== source; ) {
        const edge = this.edges[via[v]!]!;
        push = Math.min(push, edge.capacity - edge.flow);
        v = this.edges[via[v]! ^ 1]!.to;
      }
      for (let v = sink; v !== source; ) {
        const e = via[v]!;
        this.edges[e]!.flow += push;
        this.edges[e ^ 1]!.flow -= push;
        v = this.edges[e ^ 1]!.to;
      }
      flow += push;
      cost += push * dist[sink]!;
    }
  }
}
