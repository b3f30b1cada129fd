// Which report makes the analyser crash or hang? Each is analysed alone, in turn, in the
// same engine (a trap restarts its worker; a hang is stopped by cancelling, which
// terminates it). The run guard names one report at a time, so that if the tab itself
// dies on one, the next load (safe mode) knows which.

/**
 * Analyses each of `list` alone with `engine` (`input(sources)` makes the request) and
 * returns those it crashed on (`s.crashed = "crash"`) or did not finish within a limit
 * far above what their size needs (`s.crashed = "hang"`); clears `crashed` on the others.
 * `onEach(i, source)` is called before each.
 */
export async function isolateCrashes({ engine, guard, input }, list, onEach = () => {}) {
  const out = [];
  for (const [i, s] of list.entries()) {
    onEach(i, s);
    guard.begin([s.id]);
    // 15 s, plus a second per 50,000 characters: the analyser reads about 2 MB a second.
    const limit = 15000 + (s.text.length / 50000) * 1000;
    let timer;
    const hang = new Promise((resolve) => (timer = setTimeout(() => resolve("hang"), limit)));
    const run = engine.analyze(input([s])).then(
      () => "ok",
      (err) => (err.fatal ? "crash" : "error"),
    );
    const result = await Promise.race([run, hang]);
    clearTimeout(timer);
    if (result === "hang") engine.cancel(); // stops the worker: the next report starts a fresh one
    if (result === "crash" || result === "hang") {
      s.crashed = result;
      out.push(s);
    } else delete s.crashed;
  }
  guard.end();
  return out;
}
