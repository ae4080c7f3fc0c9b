/**
 * Never lose typing: the text waiting to be saved goes to PUT /api/drafts/<key> every two
 * seconds while it changes, at once on blur, and with `keepalive` when the page is hidden or
 * closed (so the request outlives the tab).
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { practiceApi } from "../../api/practice.js";

/** The promise: typing is on the server within two seconds. */
export const AUTOSAVE_INTERVAL_MS = 2_000;

export type SaveStatus =
  | { state: "idle" }
  | { state: "saving" }
  | { state: "saved"; at: Date }
  | { state: "failed"; message: string };

export interface Autosave {
  /** Records the latest text; it is saved on the next tick, blur or page hide. */
  update: (text: string) => void;
  /** Saves the latest text now (if it changed). */
  flush: (keepalive?: boolean) => Promise<void>;
  /** Deletes the draft on the server and forgets any unsaved text. */
  discard: () => Promise<void>;
  status: SaveStatus;
}

export function useAutosave(key: string | undefined, initialSaved?: string): Autosave {
  const pending = useRef<string | null>(null);
  const saved = useRef<string | undefined>(initialSaved);
  const inFlight = useRef(false);
  const [status, setStatus] = useState<SaveStatus>({ state: "idle" });

  const flush = useCallback(
    async (keepalive = false) => {
      const text = pending.current;
      if (!key || text === null) return;
      if (text === saved.current) {
        pending.current = null;
        return;
      }
      // One save at a time keeps them in order; the next tick picks up what is left.
      if (inFlight.current && !keepalive) return;
      pending.current = null;
      inFlight.current = true;
      if (!keepalive) setStatus({ state: "saving" });
      try {
        await practiceApi.saveDraft(key, text, keepalive);
        saved.current = text;
        if (!keepalive) setStatus({ state: "saved", at: new Date() });
      } catch (error) {
        // Keep the text for the next try unless something newer is already waiting.
        pending.current ??= text;
        if (!keepalive)
          setStatus({ state: "failed", message: error instanceof Error ? error.message : "The server refused it." });
      } finally {
        inFlight.current = false;
      }
    },
    [key],
  );

  const update = useCallback((text: string) => {
    pending.current = text;
  }, []);

  const discard = useCallback(async () => {
    pending.current = null;
    saved.current = undefined;
    setStatus({ state: "idle" });
    if (key) await practiceApi.deleteDraft(key);
  }, [key]);

  useEffect(() => {
    const timer = setInterval(() => void flush(), AUTOSAVE_INTERVAL_MS);
    const onHide = () => {
      if (document.visibilityState === "hidden") void flush(true);
    };
    const onPageHide = () => void flush(true);
    document.addEventListener("visibilitychange", onHide);
    window.addEventListener("pagehide", onPageHide);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onHide);
      window.removeEventListener("pagehide", onPageHide);
      // Leaving the page inside the app (a link, Back): save what is left.
      void flush(true);
    };
  }, [flush]);

  return { update, flush, discard, status };
}

export function describeSaveStatus(status: SaveStatus): string {
  if (status.state === "saving") return "Saving draft…";
  if (status.state === "saved")
    return `Draft saved at ${status.at.toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit", second: "2-digit" })}`;
  if (status.state === "failed") return `Draft not saved: ${status.message}`;
  return "Drafts save as you type";
}
