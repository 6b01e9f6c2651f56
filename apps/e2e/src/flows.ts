import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from './app-server.ts';

/** The sign-in form's words, as apps/web/src/i18n/<language>.json has them. */
export const SIGN_IN_LABELS = {
  es: { email: 'Correo electrónico', password: 'Contraseña', submit: 'Iniciar sesión' },
  en: { email: 'Email', password: 'Password', submit: 'Sign in' },
} as const;

/** The path part of the page's URL. */
export function pathOf(page: Page): string {
  return new URL(page.url()).pathname;
}

/** Waits until the app is on the sign-in page and its form is usable. */
export async function untilSignInPage(page: Page, language: keyof typeof SIGN_IN_LABELS = 'es'): Promise<void> {
  await page.waitForURL((url) => url.pathname === '/signin');
  await page.getByRole('button', { name: SIGN_IN_LABELS[language].submit, exact: true }).waitFor();
}

/** Fills the form by its labels, as a person would, and submits it (does not wait for the outcome). */
export async function submitSignIn(
  page: Page,
  email: string,
  password: string = DEMO_PASSWORD,
  language: keyof typeof SIGN_IN_LABELS = 'es',
): Promise<void> {
  const labels = SIGN_IN_LABELS[language];
  await page.getByLabel(labels.email).fill(email);
  await page.getByLabel(labels.password).fill(password);
  await page.getByRole('button', { name: labels.submit, exact: true }).click();
}

/** Opens the app signed out, signs in through the form and waits for the home page of the shell. */
export async function signInThroughForm(page: Page, email: string): Promise<void> {
  await page.goto('/');
  await untilSignInPage(page);
  await submitSignIn(page, email);
  await page.waitForURL((url) => url.pathname === '/');
  await page.getByRole('navigation').first().waitFor();
}

/** The `<html lang>` the app set for its current language. */
export function htmlLang(page: Page): Promise<string | null> {
  return page.locator('html').getAttribute('lang');
}
