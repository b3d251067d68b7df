// The registry of widgets: data-module name -> class taking its root element.
// Add a widget by importing it here; nothing else needs to change.
export const widgets = {};
