// Small DOM helpers shared by the views.

/** Escapes a value for use inside a CSS selector (CSS.escape where the engine has it). */
export function cssEscape(value: string): string {
  if (typeof CSS !== 'undefined' && typeof CSS.escape === 'function') return CSS.escape(value);
  return value.replace(/[^\w-]/g, (ch) => `\\${ch}`);
}
