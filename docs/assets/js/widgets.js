// The registry of widgets: data-module name -> class taking its root element.
// Add a widget by importing it here; nothing else needs to change.
import { SelfCheck } from "./selfcheck.js";
import { Assessment } from "./assessment.js";
import { Checklist } from "./checklist.js";
import { Notes } from "./notes.js";
import { Thanks } from "./thanks.js";
import { Log } from "./log.js";
import { Embed } from "./embed.js";
import { EmbedSnippet } from "./embed-snippet.js";

export const widgets = { "sr-selfcheck": SelfCheck, "sr-assessment": Assessment,
  "sr-checklist": Checklist, "sr-notes": Notes, "sr-thanks": Thanks, "sr-log": Log,
  "sr-embed": Embed, "sr-embed-snippet": EmbedSnippet };
