// Keyboard navigation for the inbox: j/k move between cases, Enter opens the selected one.
(function () {
  let index = -1;
  function rows() { return Array.from(document.querySelectorAll("#case-rows .case-row")); }
  function select(i) {
    const all = rows();
    if (!all.length) return;
    index = Math.max(0, Math.min(all.length - 1, i));
    all.forEach((row, n) => row.classList.toggle("active", n === index));
    all[index].focus();
  }
  document.addEventListener("keydown", (event) => {
    const tag = (event.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "textarea" || tag === "select" || event.metaKey || event.ctrlKey) return;
    if (event.key === "j") { select(index + 1); event.preventDefault(); }
    if (event.key === "k") { select(index - 1); event.preventDefault(); }
    if (event.key === "Enter" && index >= 0 && rows()[index]) { window.location = rows()[index].href; }
  });
  // The websocket says "something changed": reload the list in place.
  document.addEventListener("htmx:wsAfterMessage", () => {
    document.body.dispatchEvent(new Event("inbox-changed"));
  });
})();
