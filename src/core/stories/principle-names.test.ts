import { describe, expect, it } from "vitest";
import { PRINCIPLE_IDS } from "../content/pack-schema.js";
import { PRINCIPLE_NAMES, principleFromName, readPrincipleList, readPrincipleMark } from "./principle-names.js";

describe("reading principle names people write", () => {
  it("knows every official name and id, in any case", () => {
    for (const id of PRINCIPLE_IDS) {
      expect(principleFromName(PRINCIPLE_NAMES[id])).toBe(id);
      expect(principleFromName(PRINCIPLE_NAMES[id].toUpperCase())).toBe(id);
      expect(principleFromName(id)).toBe(id);
    }
  });

  it("knows common abbreviations and short names", () => {
    expect(principleFromName("CO")).toBe("customer-obsession");
    expect(principleFromName("DD")).toBe("dive-deep");
    expect(principleFromName("Ownership")).toBe("ownership");
    expect(principleFromName("Disagree & Commit")).toBe("have-backbone-disagree-and-commit");
    expect(principleFromName("Earth’s Best Employer")).toBe("strive-to-be-earths-best-employer");
    expect(principleFromName("Customer Love")).toBeUndefined();
  });

  it("keeps names that contain a separator whole in a list", () => {
    expect(readPrincipleList("Have Backbone; Disagree and Commit; Are Right, A Lot | dd").principles).toEqual([
      { id: "have-backbone-disagree-and-commit" },
      { id: "are-right-a-lot" },
      { id: "dive-deep" },
    ]);
  });

  it("reads strength marks next to names", () => {
    expect(readPrincipleList("Ownership (P), Dive Deep: secondary, think-big (primary)").principles).toEqual([
      { id: "ownership", strength: "primary" },
      { id: "dive-deep", strength: "secondary" },
      { id: "think-big", strength: "primary" },
    ]);
  });

  it("reports a piece that names no principle as written, instead of half-matching it", () => {
    expect(readPrincipleList("Customer Love; CO")).toEqual({
      principles: [{ id: "customer-obsession" }],
      unknown: ["customer love"],
    });
  });

  it("reads the marks of a column-per-principle sheet", () => {
    const strength = (cell: string) => {
      const r = readPrincipleMark(cell);
      return r.ok ? r.strength : "error";
    };
    expect(["x", "X", "P", "primary", "2", "✓"].map(strength)).toEqual(Array(6).fill("primary"));
    expect(["S", "secondary", "1"].map(strength)).toEqual(Array(3).fill("secondary"));
    expect(["", " ", "0", "-"].map(strength)).toEqual(Array(4).fill(undefined));
    expect(strength("maybe")).toBe("error");
  });
});
