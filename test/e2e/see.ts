import type { Locator } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Playwright-style waiting assertions on a locator, for vitest (playwright-core has no `expect`).
 * Each polls the page until it holds or 10 s pass, reading the DOM without Playwright's own waiting.
 */
const POLL = { timeout: 10_000, interval: 100 };

type Snapshot = { count: number; visible: boolean; text: string; value: string | null; disabled: boolean; attrs: Record<string, string> };

const snapshot = (locator: Locator): Promise<Snapshot> =>
  locator.evaluateAll((els) => {
    const el = els[0] as HTMLElement | undefined;
    const visible = els.some((e) => {
      const r = (e as HTMLElement).getBoundingClientRect();
      const style = getComputedStyle(e as HTMLElement);
      return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
    });
    const attrs: Record<string, string> = {};
    if (el) for (const a of Array.from(el.attributes)) attrs[a.name] = a.value;
    return {
      count: els.length,
      visible,
      text: el ? (el.textContent ?? '').replace(/\s+/g, ' ').trim() : '',
      value: el && 'value' in el ? String((el as HTMLInputElement).value) : null,
      disabled: el ? (el as HTMLButtonElement).disabled === true || el.getAttribute('aria-disabled') === 'true' : false,
      attrs,
    };
  });

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

export function see(locator: Locator) {
  const poll = <T>(read: (s: Snapshot) => T, message: string) => expect.poll(async () => read(await snapshot(locator)), { ...POLL, message });
  return {
    toBeVisible: () => poll((s) => s.visible, `${locator} should be visible`).toBe(true),
    toHaveCount: (n: number) => poll((s) => s.count, `${locator} count`).toBe(n),
    toContainText: (t: string | RegExp) =>
      typeof t === 'string' ? poll((s) => s.text, `${locator} text`).toContain(norm(t)) : poll((s) => s.text, `${locator} text`).toMatch(t),
    notToContainText: (t: RegExp) => poll((s) => t.test(s.text), `${locator} text should not match ${t}`).toBe(false),
    toHaveText: (t: string) => poll((s) => s.text, `${locator} text`).toBe(norm(t)),
    toHaveValue: (v: string) => poll((s) => s.value, `${locator} value`).toBe(v),
    notToHaveValue: (re: RegExp) => poll((s) => s.count > 0 && !re.test(s.value ?? ''), `${locator} value should not match ${re}`).toBe(true),
    toHaveAttribute: (name: string, value: string) => poll((s) => s.attrs[name] ?? null, `${locator} [${name}]`).toBe(value),
    toBeDisabled: () => poll((s) => s.count > 0 && s.disabled, `${locator} should be disabled`).toBe(true),
    toBeEnabled: () => poll((s) => s.count > 0 && !s.disabled, `${locator} should be enabled`).toBe(true),
  };
}
