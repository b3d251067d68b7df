// Keeps a visitor's answers on this device, and only here.
//
// Keys are namespaced by the site's base path (several editions can share
// one origin, e.g. on GitHub Pages) and versioned. Every access is guarded:
// where storage is blocked (private windows, cross-site iframes) the store
// works in memory and says so, so no page ever claims to save what it cannot.
// A stored value that is corrupt or of an older version is dropped and
// reported, never trusted; one from a newer version is kept and left alone.

const PREFIX = "second-round";
export const VERSION = 1;

// The site's own base path, e.g. "/" or "/second-round/" on GitHub Pages: from main.js,
// else (a page without it, a test importing this module) from Material's #__config.
export function siteScope() {
  if (window.secondRound?.root) return window.secondRound.root;
  try {
    const config = JSON.parse(document.getElementById("__config")?.textContent || "{}");
    return new URL(config.base || ".", location.href).pathname;
  } catch {
    return "/";
  }
}

// Reading and writing are probed apart: a full storage (quota) still reads, and
// what was saved before must still show even when nothing new can be kept.
function probe() {
  let backend = null;
  let writable = false;
  let full = false;
  try {
    window.localStorage.getItem(`${PREFIX}:probe`);
    backend = window.localStorage;
    backend.setItem(`${PREFIX}:probe`, "1");
    backend.removeItem(`${PREFIX}:probe`);
    writable = true;
  } catch (error) {
    // Blocked altogether (backend stays null), refused (SecurityError) or full (quota).
    full = isQuota(error);
  }
  return { backend, writable, full };
}

const isQuota = (error) => error?.name === "QuotaExceededError" || error?.code === 22;

export class Store {
  constructor() {
    const { backend, writable, full } = probe();
    this.backend = backend;
    this.writable = writable;
    this.full = full;
    this.memory = new Map(); // values this visit could not write: they win over stored ones
    // The edition's root, shared by its languages (main.js), else this site's.
    this.prefix = `${PREFIX}:${window.secondRound?.scope || siteScope()}:`;
    this.dropped = []; // names of values thrown away as unreadable
    this.newer = []; // names saved by a newer version of the site: kept and never overwritten
  }

  // True while what is written is also kept for the next visit.
  get persistent() {
    return this.backend !== null && this.writable;
  }

  // Saved data can still be read, but the storage is full, so nothing new can be kept.
  get readOnly() {
    return this.backend !== null && !this.writable && this.full;
  }

  key(name) {
    return this.prefix + name;
  }

  // Returns the stored value if it has this version and passes isValid(data), else fallback.
  // Data from a newer version of the site is left exactly as it is (an old open tab or a
  // rollback must not destroy it); unreadable data of this version or older is dropped.
  read(name, isValid, fallback) {
    let raw = this.memory.get(name) ?? null;
    if (raw === null) {
      try {
        raw = this.backend ? this.backend.getItem(this.key(name)) : null;
      } catch {
        raw = null;
      }
    }
    if (raw === null) return fallback;
    try {
      const parsed = JSON.parse(raw);
      if (parsed && Number.isInteger(parsed.v) && parsed.v > VERSION) {
        if (!this.newer.includes(name)) {
          this.newer.push(name);
          document.dispatchEvent(new CustomEvent("sr:store-newer", { detail: { name } }));
        }
        return fallback;
      }
      if (parsed && parsed.v === VERSION && isValid(parsed.data)) return parsed.data;
    } catch {
      // fall through: unreadable JSON is treated like a wrong shape
    }
    this.remove(name);
    this.dropped.push(name);
    document.dispatchEvent(new CustomEvent("sr:store-dropped", { detail: { name } }));
    return fallback;
  }

  // True only when the value is really kept on the device. Callers say "saved" only then.
  write(name, data) {
    if (this.newer.includes(name)) return false;
    const raw = JSON.stringify({ v: VERSION, data });
    if (this.backend && this.writable) {
      try {
        this.backend.setItem(this.key(name), raw);
        this.memory.delete(name);
        return true;
      } catch (error) {
        // Quota or a storage switched off mid-visit: keep going in memory, still reading
        // what was saved before.
        this.writable = false;
        this.full = isQuota(error);
        document.dispatchEvent(new CustomEvent("sr:store-blocked"));
      }
    }
    this.memory.set(name, raw);
    return false;
  }

  remove(name) {
    this.memory.delete(name);
    if (this.newer.includes(name)) return;
    try {
      this.backend?.removeItem(this.key(name));
    } catch {
      // nothing stored that we could reach
    }
  }

  // Our own keys on this device. Only ours: Material keeps the light or dark choice under
  // "<site path>.__palette", written again on every page it opens, so wiping it could not
  // keep a promise.
  keys() {
    try {
      return Object.keys(this.backend ?? {}).filter((key) => key.startsWith(this.prefix));
    } catch {
      return []; // storage went away
    }
  }

  // "Forget my data": everything the visitor entered on this site, on this device.
  clearAll() {
    this.memory.clear();
    this.newer = [];
    try {
      this.keys().forEach((key) => this.backend.removeItem(key));
    } catch {
      // storage went away; memory is already clear
    }
  }
}

// One store per page load: widgets share it, so a wipe reaches all of them. It lives on
// window because each built script carries its own copy of this module (see main.js).
const SHARED = Symbol.for("second-round.store");
export function store() {
  window[SHARED] ??= new Store();
  return window[SHARED];
}
