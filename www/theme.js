// Light and dark themes: follows the system until the user picks one with the theme
// button (system → light → dark → system); the choice is kept in localStorage when the
// browser allows it. The stylesheet reads html[data-theme].

const ORDER = ["system", "light", "dark"];
const KEY = "storylens-theme";

/** Wires the theme `button`; applies the saved choice at once. */
export function wireTheme(button) {
  let theme = "system";
  try {
    theme = ORDER.includes(localStorage.getItem(KEY)) ? localStorage.getItem(KEY) : "system";
  } catch {
    // storage unavailable (file:// in some browsers): keep the system theme
  }
  const apply = () => {
    if (theme === "system") delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
    button.textContent = `Theme: ${theme}`;
    button.setAttribute("aria-label", `Colour theme: ${theme}. Change theme`);
  };
  button.addEventListener("click", () => {
    theme = ORDER[(ORDER.indexOf(theme) + 1) % ORDER.length];
    try {
      localStorage.setItem(KEY, theme);
    } catch {
      // not kept; still applied
    }
    apply();
  });
  apply();
}
