/**
 * The page side of the UI benchmark: a script installed before the app's own code that records
 * what the user would see. A MutationObserver notes when the DOM last changed and the frame that
 * painted it (a requestAnimationFrame, then a message posted from it, runs after that frame's
 * style, layout and paint have been queued); the contract calls in flight are counted (the
 * harness's binding is wrapped); long tasks come from a PerformanceObserver; the input events the
 * bench sends (keydown, click, pointerover) stamp the moment a measurement starts.
 * Plain JavaScript in a string: the bench runs under tsx, whose transform would leave helper
 * calls in a stringified function that the page does not have.
 */
export const UI_PROBE_SCRIPT = `(() => {
  // tsx (which runs the bench) names functions with a helper; window.scholion's builder is
  // stringified from such a function, so the page needs the helper too.
  if (!globalThis.__name) globalThis.__name = (f) => f;
  const probe = {
    inputAt: 0,
    lastMutation: 0,
    lastPaint: 0,
    inflight: 0,
    lastReply: 0,
    longTasks: [],
    calls: [],
  };
  Object.defineProperty(globalThis, '__uiProbe', { value: probe });
  const afterPaint = (then) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => then(performance.now());
      channel.port2.postMessage(0);
    });
  let frameAsked = false;
  const changed = () => {
    probe.lastMutation = performance.now();
    if (frameAsked) return;
    frameAsked = true;
    afterPaint((t) => {
      frameAsked = false;
      probe.lastPaint = t;
    });
  };
  new MutationObserver((records) => {
    // The typed text itself is not a result (React mirrors an input's value in its attribute).
    if (records.some((r) => !(r.target instanceof HTMLInputElement))) changed();
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  const stamp = (event) => {
    if (!event.isTrusted) return;
    probe.inputAt = event.timeStamp;
    performance.mark('ui-input');
    // What the key alone paints (the echo), for when nothing else changes.
    afterPaint((t) => {
      if (probe.lastPaint < t && probe.lastMutation <= probe.inputAt) probe.lastPaint = t;
    });
  };
  for (const type of ['keydown', 'click'])
    addEventListener(type, stamp, { capture: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        probe.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  // Contract calls in flight: the page is not settled while main is still answering.
  const wrap = () => {
    const invoke = globalThis.__scholionInvoke;
    if (typeof invoke !== 'function' || invoke.__probed) return typeof invoke === 'function';
    const wrapped = (method, input) => {
      probe.inflight++;
      const start = performance.now();
      return Promise.resolve(invoke(method, input)).finally(() => {
        probe.inflight--;
        probe.lastReply = performance.now();
        probe.calls.push({ method, start, ms: probe.lastReply - start });
      });
    };
    wrapped.__probed = true;
    globalThis.__scholionInvoke = wrapped;
    return true;
  };
  if (!wrap()) {
    const timer = setInterval(() => wrap() && clearInterval(timer), 1);
  }
  /**
   * Resolves when the page has been still for quietMs (no DOM change, no call in flight, nothing
   * marked busy) with the time the last change was painted, or -1 after timeoutMs.
   */
  probe.settled = (quietMs, timeoutMs) =>
    new Promise((resolve) => {
      const started = performance.now();
      const check = () => {
        const now = performance.now();
        const busy = document.querySelector('.view:not([hidden]) [aria-busy="true"]');
        const quiet =
          probe.inflight === 0 &&
          !busy &&
          now - probe.lastMutation >= quietMs &&
          now - probe.inputAt >= quietMs &&
          now - probe.lastReply >= quietMs &&
          probe.lastPaint >= probe.lastMutation;
        if (quiet) resolve(probe.lastPaint);
        else if (now - started > timeoutMs) resolve(-1);
        else setTimeout(check, 10);
      };
      check();
    });
  /** Frame times while scrolling \`el\` by \`step\` px each frame for \`frames\` frames. */
  probe.scrollFrames = (selector, step, frames) =>
    new Promise((resolve) => {
      const el = document.querySelector(selector);
      if (!el) return resolve(null);
      const times = [];
      let last = 0;
      let n = 0;
      const from = performance.now();
      const tick = (t) => {
        if (last) times.push(t - last);
        last = t;
        if (n++ >= frames) {
          const tasks = probe.longTasks.filter((x) => x.start >= from);
          return resolve({ frames: times, longTasks: tasks.map((x) => x.duration), scrollTop: el.scrollTop });
        }
        el.scrollTop += step;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
})();`;
