/**
 * Temporary files on the ways out of a relcheck process (bin/relcheck.js installs this once):
 * on exit, whatever the reason, the temporary files still open are removed; on SIGINT, SIGTERM
 * and SIGHUP they are removed and the process then ends by the same signal, as it would have.
 *
 * The signal handlers are installed only while temporary files exist (they are written
 * asynchronously, so a handler runs in the middle of a write): the rest of the time a signal
 * keeps its default action, so Ctrl-C stops a long scan at once.
 */
import { onLiveTempFiles, removeLiveTempFiles } from "../cache/temp-files.js";

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

export interface CleanupHost {
  onExit: (listener: () => void) => void;
  onSignal: (signal: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void) => void;
  offSignal: (signal: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void) => void;
  /** End the process by `signal` (its listeners already removed). */
  raise: (signal: NodeJS.Signals) => void;
}

const processHost = (): CleanupHost => ({
  onExit: (listener) => void process.on("exit", listener),
  onSignal: (signal, listener) => void process.on(signal, listener),
  offSignal: (signal, listener) => void process.off(signal, listener),
  raise: (signal) => void process.kill(process.pid, signal),
});

export function installTempCleanup(host: CleanupHost = processHost()): void {
  let armed = false;
  const disarm = (): void => {
    if (!armed) return;
    armed = false;
    for (const signal of SIGNALS) host.offSignal(signal, onSignal);
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    onLiveTempFiles(null);
    disarm();
    removeLiveTempFiles();
    host.raise(signal);
  };
  onLiveTempFiles((active) => {
    if (active && !armed) {
      armed = true;
      for (const signal of SIGNALS) host.onSignal(signal, onSignal);
    } else if (!active) disarm();
  });
  host.onExit(() => void removeLiveTempFiles());
}
