import { expect, test, type Locator } from '@playwright/test';
import { axeProblems, queueNewPeople, SAMPLE_TITLE } from './helpers';

/**
 * Venue devices (docs/venue-devices.md) through the real host: the moderator's copy turns hosting
 * on through `npm start`'s server (the same /api/sync/host the panel uses), and two other browser
 * contexts stand for a TV whose clock is seven minutes fast and for a phone. The waits are for what
 * a person would see; times are compared with a tolerance, never against a fixed sleep.
 */

const LIVE = { timeout: 20_000 };
const DEVICE_CLOCK_AHEAD_MS = 7 * 60_000;

/** "2:58" → 178, "−0:03" / "+0:03" → signed seconds (overtime counts up with a sign). */
function seconds(text: string): number {
  const match = /([+−-])?(\d+):(\d{2})/.exec(text);
  if (!match) throw new Error(`no time in ${text}`);
  const value = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '+' || match[1] === '−' || match[1] === '-' ? -value : value;
}

/** Both clocks read alike, within two seconds (they are read one after the other). */
async function sameTime(a: Locator, b: Locator): Promise<void> {
  await expect(async () => {
    const [x, y] = [seconds((await a.textContent()) ?? ''), seconds((await b.textContent()) ?? '')];
    expect(Math.abs(x - y)).toBeLessThanOrEqual(2);
  }).toPass(LIVE);
}

test('a stage display on another device and a phone remote follow and drive the moderator’s timer', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const moderatorContext = await browser.newContext({ viewport: { width: 1366, height: 768 }, baseURL });
  const tvContext = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const phoneContext = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  // The TV's clock is wrong: the stage must still show the moderator's time.
  await tvContext.addInitScript((ahead) => {
    const real = Date.now.bind(Date);
    Date.now = () => real() + ahead;
  }, DEVICE_CLOCK_AHEAD_MS);
  try {
    const moderator = await moderatorContext.newPage();
    await moderator.goto('/');
    await moderator.getByRole('link', { name: new RegExp(SAMPLE_TITLE) }).click();
    await moderator.getByRole('link', { name: 'Moderación' }).click();
    await queueNewPeople(moderator, ['Ana Torres'], '1');

    const panel = moderator.getByTestId('venue-devices');
    await expect(panel).toContainText('tiene que estar compartido en la red');
    await panel.getByRole('button', { name: 'Compartir en la red' }).click();
    await panel.getByRole('button', { name: 'Crear enlace de pantalla' }).click();
    const stageLink = await panel.getByRole('textbox', { name: 'Enlace de la pantalla' }).inputValue();
    expect(stageLink).toMatch(/^http:\/\/[\d.]+:\d+\/device\.html\?stage=[0-9a-f-]{36}&code=[\w-]{22,}&lang=es$/);
    await expect(panel.getByRole('img', { name: 'Código QR de la pantalla en otro dispositivo' })).toBeVisible();
    await moderator.screenshot({ path: 'test-results/venue-moderator-1366.png', fullPage: true });
    expect(await axeProblems(moderator, { include: '[data-testid="venue-devices"]' })).toEqual([]);
    await moderator.setViewportSize({ width: 1280, height: 720 });
    await panel.scrollIntoViewIfNeeded();
    await moderator.screenshot({ path: 'test-results/venue-moderator-1280.png' });
    await moderator.setViewportSize({ width: 1366, height: 768 });

    // The TV opens the link: the next speaker, waiting; the moderator sees it connected.
    const tv = await tvContext.newPage();
    await tv.goto(stageLink);
    await expect(tv.getByTestId('stage')).toHaveAttribute('data-link', 'online', LIVE);
    await expect(tv.getByTestId('timer-speaker')).toHaveText('Ana Torres', LIVE);
    await expect(tv.getByTestId('timer-digits')).toHaveText('1:00');
    await expect(panel.getByTestId('venue-stage-connected')).toHaveText('1 dispositivo conectado', LIVE);
    // A stage code opens nothing of the event: the app's sync refuses it.
    const code = new URL(stageLink).searchParams.get('code')!;
    const eventId = new URL(stageLink).searchParams.get('stage')!;
    const refused = await tv.evaluate(
      ([origin, eventId, code]: string[]) =>
        new Promise<boolean>((resolve) => {
          const socket = new WebSocket(`${origin!.replace('http', 'ws')}/sync/${eventId}?code=${code}`);
          socket.onopen = () => resolve(false);
          socket.onerror = () => resolve(true);
        }),
      [new URL(stageLink).origin, eventId, code],
    );
    expect(refused).toBe(true);

    // Start: the TV runs the same clock as the moderator's, although its own is seven minutes fast.
    await moderator.getByRole('button', { name: 'Empezar' }).click();
    await expect(tv.getByTestId('timer-face')).toHaveAttribute('data-phase', 'running', LIVE);
    await sameTime(moderator.getByTestId('timer-digits').first(), tv.getByTestId('timer-digits'));
    await moderator.getByRole('group', { name: 'Mensaje en pantalla' }).getByRole('button', { name: 'Cierre, por favor' }).click();
    await expect(tv.getByTestId('stage-message')).toHaveText('Cierre, por favor', LIVE);
    await tv.screenshot({ path: 'test-results/venue-stage-1280.png' });

    // The TV's network drops: it says so at once (never a silently frozen clock), and it is back by itself.
    await tvContext.setOffline(true);
    await expect(tv.getByTestId('device-banner')).toHaveText(/Sin conexión con la moderación/, LIVE);
    await expect(tv.getByTestId('stage')).toHaveAttribute('data-link', 'connecting');
    await tv.screenshot({ path: 'test-results/venue-stage-offline-1280.png' });
    await tvContext.setOffline(false);
    await expect(tv.getByTestId('stage')).toHaveAttribute('data-link', 'online', LIVE);
    await expect(tv.getByTestId('device-banner')).toHaveCount(0);
    await sameTime(moderator.getByTestId('timer-digits').first(), tv.getByTestId('timer-digits'));

    // The phone remote: its commands move the moderator's timer, and the TV follows.
    await panel.getByRole('button', { name: 'Crear enlace de control remoto' }).click();
    const remoteLink = await panel.getByRole('textbox', { name: 'Enlace del control remoto' }).inputValue();
    expect(new URL(remoteLink).searchParams.get('code')).not.toBe(code);
    const phone = await phoneContext.newPage();
    await phone.goto(remoteLink);
    await expect(phone.getByTestId('remote')).toHaveAttribute('data-link', 'online', LIVE);
    await expect(panel.getByTestId('venue-remote-connected')).toHaveText('1 dispositivo conectado', LIVE);
    await expect(moderator.getByText('Un control remoto se conectó a esta mesa.')).toBeVisible();
    await expect(phone.getByTestId('timer-speaker')).toHaveText('Ana Torres');
    expect(await axeProblems(phone)).toEqual([]);
    expect(await axeProblems(tv)).toEqual([]);
    // The remote fits the phone: no sideways scrolling, every command on the first screen.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const finish = await phone.getByRole('button', { name: 'Terminar turno' }).boundingBox();
    expect(finish!.y + finish!.height).toBeLessThanOrEqual(844);

    const before = seconds((await moderator.getByTestId('timer-digits').first().textContent()) ?? '');
    await phone.getByRole('button', { name: 'Añadir un minuto' }).click();
    await expect(async () => {
      expect(seconds((await moderator.getByTestId('timer-digits').first().textContent()) ?? '')).toBeGreaterThan(before + 30);
    }).toPass(LIVE);
    await sameTime(moderator.getByTestId('timer-digits').first(), tv.getByTestId('timer-digits'));
    await phone.screenshot({ path: 'test-results/venue-remote-390.png' });

    // Two minutes off: the time is up, and the overtime shows on the TV in its colour.
    await phone.getByRole('button', { name: 'Quitar un minuto' }).click();
    await phone.getByRole('button', { name: 'Quitar un minuto' }).click();
    await expect(moderator.getByTestId('timer-face').first()).toHaveAttribute('data-display', 'overtime', LIVE);
    await expect(tv.getByTestId('timer-face')).toHaveAttribute('data-display', 'overtime', LIVE);
    await expect(tv.getByTestId('stage')).toHaveClass(/stage-overtime/);
    await tv.screenshot({ path: 'test-results/venue-stage-overtime-1280.png' });

    await phone.getByRole('button', { name: 'Pausar' }).click();
    await expect(moderator.getByTestId('timer-face').first()).toHaveAttribute('data-phase', 'paused', LIVE);
    await expect(tv.getByTestId('timer-face')).toHaveAttribute('data-phase', 'paused', LIVE);
    await phone.getByRole('button', { name: 'Terminar turno' }).click();
    await expect(moderator.getByTestId('turn-log')).toContainText('Ana Torres', LIVE);
    await expect(phone.getByRole('button', { name: 'Terminar turno' })).toBeDisabled(LIVE);

    // Revoking the remote closes it for good; stopping hosting closes the TV's link too.
    await panel.getByRole('button', { name: 'Revocar control remoto' }).click();
    await expect(phone.getByTestId('device-banner')).toHaveText(/ya no es válido/, LIVE);
    await expect(phone.getByRole('button', { name: 'Empezar' })).toBeDisabled();
    await moderator.getByRole('link', { name: 'Resumen' }).click();
    await moderator.getByTestId('sync-panel').getByRole('button', { name: 'Dejar de compartir' }).click();
    await expect(tv.getByTestId('device-banner')).toHaveText(/ya no es válido/, LIVE);

    // A link cut short says so, in the language the link names (hosting is off: the app's own server serves the page).
    const broken = await phoneContext.newPage();
    await broken.goto(`${baseURL}device.html${new URL(remoteLink).search.replace(/code=[^&]+/, 'code=abc').replace('lang=es', 'lang=en')}`);
    await expect(broken.getByRole('alert')).toHaveText('This link is incomplete. Open it exactly as it was shared.');
  } finally {
    await moderatorContext.close();
    await tvContext.close();
    await phoneContext.close();
  }
});
