// The demo host page's own script (not part of the widget): a text-size toggle and a
// newsletter form, so the tests can check that the host page keeps working next to the
// widgets, including one that received bad input.
const story = document.querySelector(".story");
const size = document.getElementById("text-size");
size.addEventListener("click", () => {
  const on = story.classList.toggle("large");
  size.setAttribute("aria-pressed", String(on));
});
document.getElementById("newsletter").addEventListener("submit", (event) => {
  event.preventDefault();
  const email = document.getElementById("email").value;
  document.getElementById("newsletter-status").textContent = `Thanks, ${email} is subscribed (demo: nothing was sent).`;
});
