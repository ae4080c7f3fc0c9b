/**
 * An answer being typed, kept in this browser's storage as it is written, so a reload or a
 * closed tab mid-answer loses nothing. Submitted answers live in the server; this only holds
 * what has not been sent yet, and is cleared once it has.
 */
import { useCallback, useEffect, useRef, useState } from "react";

const PREFIX = "barraiser:loop-draft:";
const SAVE_DELAY_MS = 400;

function read(key: string): string {
  try {
    return window.localStorage.getItem(PREFIX + key) ?? "";
  } catch {
    // Storage can be switched off (private mode, a policy): the draft then lives in memory only.
    return "";
  }
}

function write(key: string, text: string): void {
  try {
    if (text === "") window.localStorage.removeItem(PREFIX + key);
    else window.localStorage.setItem(PREFIX + key, text);
  } catch {
    // Full or switched-off storage: the draft stays in memory, which is all that can be done.
  }
}

export function useAnswerDraft(key: string): [string, (text: string) => void, () => void] {
  const [text, setText] = useState(() => read(key));
  const timer = useRef<number | undefined>(undefined);
  /** The text as last typed, for the flush when the question changes or the page closes. */
  const typed = useRef(text);

  // A different question: flush the last one's draft, then load this one's.
  useEffect(() => {
    const loaded = read(key);
    typed.current = loaded;
    setText(loaded);
    return () => {
      window.clearTimeout(timer.current);
      write(key, typed.current);
    };
  }, [key]);

  // Closing the tab within the save delay would lose the last words typed.
  useEffect(() => {
    const flush = () => write(key, typed.current);
    window.addEventListener("pagehide", flush);
    return () => window.removeEventListener("pagehide", flush);
  }, [key]);

  const update = useCallback(
    (next: string) => {
      typed.current = next;
      setText(next);
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => write(key, next), SAVE_DELAY_MS);
    },
    [key],
  );

  const clear = useCallback(() => {
    window.clearTimeout(timer.current);
    typed.current = "";
    setText("");
    write(key, "");
  }, [key]);

  return [text, update, clear];
}
