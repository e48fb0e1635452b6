// Quick exit: leave for a neutral site without leaving this page in the back button's way.
document.addEventListener("click", (event) => {
  const link = event.target.closest("a.quick-exit");
  if (link) {
    event.preventDefault();
    window.location.replace(link.href);
  }
});
