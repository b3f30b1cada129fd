// Long lists and long jobs in short tasks, so that a large analysis never holds the main
// thread for long (issue #8: no task over 100 ms): lists filled a slice per task with a
// "Show more" button, and generators run to their end in tasks of a few milliseconds.

import { h } from "./dom.js";

const fills = new WeakMap(); // list → its latest fill, so that an older one stops

/** Milliseconds of building per task (items vary: a card with twenty quotes costs more). */
const BUDGET = 8;

/**
 * Appends `make(item, i)` for `items` to `list`: up to `first` at once, then up to
 * `slice` per task, each task stopping after about BUDGET ms (a long list never holds the
 * main thread for long: issue #8), at most `page` until the returned `button` ("Show N
 * more", hidden while there is nothing more) is pressed; put the button after the list.
 * A newer fill of the same list stops an older one. `upTo(i)` builds at once every item
 * up to index `i` (to reach one that is not shown yet).
 */
export function fillInSlices(list, items, make, { first = 30, slice = 30, page = Infinity, noun = "more" } = {}) {
  const me = {};
  fills.set(list, me);
  let built = 0;
  let limit = Math.min(items.length, page);
  let pending = false;
  const button = h("button", { type: "button", class: "link-button show-more", hidden: true });
  const build = (to, budget = Infinity) => {
    const nodes = [];
    const until = performance.now() + budget;
    while (built < to && (nodes.length === 0 || performance.now() < until)) nodes.push(make(items[built], built++));
    list.append(...nodes);
  };
  const update = () => {
    const left = items.length - limit;
    button.hidden = built < limit || left <= 0;
    button.textContent = `Show ${Math.min(page, left)} ${noun} (${left} not shown yet)`;
  };
  const step = () => {
    pending = false;
    if (fills.get(list) !== me) return;
    build(Math.min(limit, built + slice), BUDGET);
    schedule();
    update();
  };
  const schedule = () => {
    if (!pending && built < limit) {
      pending = true;
      setTimeout(step, 0);
    }
  };
  button.addEventListener("click", () => {
    limit = Math.min(items.length, limit + page);
    step();
  });
  build(Math.min(limit, first), 3 * BUDGET);
  schedule();
  update();
  return {
    button,
    upTo(i) {
      if (fills.get(list) !== me || i < built) return;
      limit = Math.max(limit, Math.min(items.length, i + 1));
      build(Math.min(items.length, i + 1));
      schedule();
      update();
    },
  };
}

/**
 * Runs generator `steps` to its end in tasks of about `budget` ms (the first in the
 * caller's task, so a small job is done before this returns), then calls `done` with its
 * return value. Stops when `cancelled()` says so at the start of a later task.
 */
export function runSteps(steps, done, { budget = 10, cancelled = () => false } = {}) {
  const go = (first) => {
    if (!first && cancelled()) return;
    const until = performance.now() + budget;
    for (;;) {
      const r = steps.next();
      if (r.done) return done(r.value);
      if (performance.now() > until) return setTimeout(() => go(false), 0);
    }
  };
  go(true);
}
