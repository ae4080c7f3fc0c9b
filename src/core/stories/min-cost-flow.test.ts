import { describe, expect, it } from "vitest";
import { FlowNetwork } from "./min-cost-flow.js";

describe("minimum-cost flow", () => {
  it("finds the cheapest assignment when the greedy choice is wrong", () => {
    // Two workers, two jobs: greedy takes worker 0 → job 0 (cost 1) and pays 10 for the rest;
    // the optimum is 0 → 1 and 1 → 0 (2 + 2).
    const net = new FlowNetwork(6);
    const [source, sink] = [0, 5];
    net.addEdge(source, 1, 1, 0);
    net.addEdge(source, 2, 1, 0);
    const e01 = net.addEdge(1, 3, 1, 1);
    const e02 = net.addEdge(1, 4, 1, 2);
    const e11 = net.addEdge(2, 3, 1, 2);
    net.addEdge(2, 4, 1, 10);
    net.addEdge(3, sink, 1, 0);
    net.addEdge(4, sink, 1, 0);
    expect(net.solve(source, sink)).toEqual({ flow: 2, cost: 4 });
    expect([net.flowOn(e01), net.flowOn(e02), net.flowOn(e11)]).toEqual([0, 1, 1]);
  });

  it("handles negative costs (values to maximise) and stops at the maximum flow", () => {
    const net = new FlowNetwork(3);
    net.addEdge(0, 1, 2, -5);
    net.addEdge(1, 2, 1, 0);
    expect(net.solve(0, 2)).toEqual({ flow: 1, cost: -5 });
  });

  it("refuses a cost that would lose precision", () => {
    expect(() => new FlowNetwork(2).addEdge(0, 1, 1, 0.5)).toThrow(RangeError);
  });
});
