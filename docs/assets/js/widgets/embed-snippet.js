// On the "Embed on your site" page: the copy-paste code shows the address
// this site is really served from, whatever the build knew.
import { siteScope } from "../lib/store.js";

export default class EmbedSnippet {
  constructor(element) {
    const code = element.querySelector("code");
    const address = new URL(siteScope(), location.href).href;
    if (code) code.textContent = code.textContent.split(element.dataset.placeholder).join(address);
  }
}
