// Runs in <head> before the page is drawn, so a page embedded with ?embed=1
// never flashes the site's header and navigation inside the host's frame.
if (/[?&]embed=1(&|$)/.test(location.search)) {
  document.documentElement.classList.add("sr-embed");
}
