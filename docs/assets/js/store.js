// Keeps a visitor's answers on this device, and only here.
//
// Keys are namespaced by the site's base path (several editions can share
// one origin, e.g. on GitHub Pages) and versioned. Every access is guarded:
// where storage is blocked (private windows, cross-site iframes) the store
// works in memory and says so, so no page ever claims to save what it cannot.
// A stored value that is corrupt or of another version is dropped and
// reported, never trusted.

const PREFIX = "second-round";
export const VERSION = 1;

// The site's own base path, e.g. "/" or "/second-round/" on GitHub Pages.
export function siteScope() {
  try {
    const config = JSON.parse(document.getElementById("__config")?.textContent || "{}");
    return new URL(config.base || ".", location.href).pathname;
  } catch {
    return "/";
  }
}

function probe() {
  try {
    const key = `${PREFIX}:probe`;
    window.localStorage.setItem(key, "1");
    window.localStorage.removeItem(key);
    return window.localStorage;
  } catch {
    return null;
  }
}

export class Store {
  constructor() {
    this.backend = probe();
    this.persistent = this.backend !== null;
    this.memory = new Map();
    this.prefix = `${PREFIX}:${siteScope()}:`;
    this.dropped = []; // names of values thrown away as unreadable
  }

  key(name) {
    return this.prefix + name;
  }

  // Returns the stored value if it has this version and passes isValid(data), else fallback.
  read(name, isValid, fallback) {
    let raw = null;
    try {
      raw = this.backend ? this.backend.getItem(this.key(name)) : this.memory.get(name) ?? null;
    } catch {
      raw = null;
    }
    if (raw === null) return fallback;
    try {
      const parsed = JSON.parse(raw);
      if (parsed && parsed.v === VERSION && isValid(parsed.data)) return parsed.data;
    } catch {
      // fall through: unreadable JSON is treated like a wrong shape
    }
    this.remove(name);
    this.dropped.push(name);
    document.dispatchEvent(new CustomEvent("sr:store-dropped", { detail: { name } }));
    return fallback;
  }

  write(name, data) {
    const raw = JSON.stringify({ v: VERSION, data });
    if (this.backend) {
      try {
        this.backend.setItem(this.key(name), raw);
        return true;
      } catch {
        // Quota or a storage switched off mid-visit: keep going in memory.
        this.backend = null;
        this.persistent = false;
        document.dispatchEvent(new CustomEvent("sr:store-blocked"));
      }
    }
    this.memory.set(name, raw);
    return false;
  }

  remove(name) {
    this.memory.delete(name);
    try {
      this.backend?.removeItem(this.key(name));
    } catch {
      // nothing stored that we could reach
    }
  }

  // "Forget my answers": everything this site stored on this device.
  clearAll() {
    this.memory.clear();
    if (!this.backend) return;
    try {
      const mine = [];
      for (let i = 0; i < this.backend.length; i += 1) {
        const key = this.backend.key(i);
        if (key && key.startsWith(this.prefix)) mine.push(key);
      }
      mine.forEach((key) => this.backend.removeItem(key));
    } catch {
      // storage went away; memory is already clear
    }
  }
}

// One store per page load: widgets share it, so a wipe reaches all of them.
let shared = null;
export function store() {
  shared ??= new Store();
  return shared;
}
