// ARIA tabs: a role=tablist of role=tab buttons, each controlling a role=tabpanel.
// Arrow keys, Home and End move between tabs (automatic activation); only the selected
// tab is in the Tab order, as in the WAI-ARIA Authoring Practices tabs pattern.

/** Wires `tablist`; calls onSelect(name) after a change. Returns {select(name), current()}. */
export function setupTabs(tablist, onSelect = () => {}) {
  const tabs = [...tablist.querySelectorAll("[role=tab]")];
  const nameOf = (tab) => tab.dataset.tab;
  let selected = nameOf(tabs.find((t) => t.getAttribute("aria-selected") === "true") ?? tabs[0]);

  function select(name, { focus = false } = {}) {
    for (const tab of tabs) {
      const on = nameOf(tab) === name;
      tab.setAttribute("aria-selected", String(on));
      tab.tabIndex = on ? 0 : -1;
      document.getElementById(tab.getAttribute("aria-controls")).hidden = !on;
      if (on && focus) tab.focus();
    }
    selected = name;
    onSelect(name);
  }

  tablist.addEventListener("click", (e) => {
    const tab = e.target.closest("[role=tab]");
    if (tab) select(nameOf(tab));
  });
  tablist.addEventListener("keydown", (e) => {
    const i = tabs.indexOf(document.activeElement);
    if (i < 0) return;
    const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    select(nameOf(tabs[(to + tabs.length) % tabs.length]), { focus: true });
  });
  select(selected);
  return { select, current: () => selected };
}
