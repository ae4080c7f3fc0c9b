import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, maskDatabaseUrl } from "./config.js";

describe("configuration", () => {
  it("defaults to loopback on port 5180 with a data directory under the home folder", () => {
    const config = loadConfig({}, { HOME: "/home/ann" });
    expect(config).toMatchObject({ host: "127.0.0.1", port: 5180, dataDir: "/home/ann/.local/share/barraiser" });
  });

  it("prefers flags over the environment", () => {
    const config = loadConfig({ port: "6000", dataDir: "/tmp/flag" }, { PORT: "7000", BARRAISER_DATA_DIR: "/tmp/env" });
    expect(config).toMatchObject({ port: 6000, dataDir: "/tmp/flag" });
  });

  it("refuses a non-loopback host and says why", () => {
    expect(() => loadConfig({}, { HOST: "0.0.0.0" })).toThrow(ConfigError);
    expect(() => loadConfig({}, { HOST: "0.0.0.0" })).toThrow(
      /HOST \/ --host must be a loopback address.*no accounts/s,
    );
  });

  it("names the setting when a value is wrong", () => {
    expect(() => loadConfig({}, { PORT: "eighty" })).toThrow(/PORT \/ --port/);
    expect(() => loadConfig({}, { LOG_LEVEL: "loud" })).toThrow(/LOG_LEVEL must be one of/);
    expect(() => loadConfig({}, { DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL must be a postgres/);
  });

  it("masks a password in a database URL", () => {
    expect(maskDatabaseUrl("postgres://ann:secret@db:5432/bar")).toBe("postgres://ann:****@db:5432/bar");
  });
});
