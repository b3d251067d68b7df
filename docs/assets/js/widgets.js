// The registry of widgets: data-module name -> class taking its root element.
// Add a widget by importing it here; nothing else needs to change.
import { Checklist } from "./checklist.js";
import { Notes } from "./notes.js";
import { Thanks } from "./thanks.js";
import { Log } from "./log.js";
import { SelfCheck } from "./selfcheck.js";
import { Assessment } from "./assessment.js";

export const widgets = {
  "sr-checklist": Checklist, "sr-notes": Notes, "sr-thanks": Thanks, "sr-log": Log,
  "sr-selfcheck": SelfCheck, "sr-assessment": Assessment,
};
