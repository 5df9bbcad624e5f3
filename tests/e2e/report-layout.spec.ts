import { expect, test } from '@playwright/test';
import { LAPTOP_SIZES, inside, pageWidth, sampleEventId, viewportBox } from './helpers';

/*
 * The relatoría on a laptop: the options and the preview fill a 1280×720 window, and the report's
 * own texts follow below; saving must stay within reach wherever the user has scrolled to.
 */
for (const size of LAPTOP_SIZES) {
  test(`at ${size.width}×${size.height} the save buttons are in view at the top of the relatoría, and still after scrolling to its texts`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    const id = await sampleEventId(page);
    await page.goto(`/#/events/${id}/report`);
    await expect(page.getByTestId('report-preview')).toBeVisible();
    const bar = page.getByTestId('report-actions');
    const buttons = bar.getByRole('button');
    await expect(buttons).toHaveCount(5);
    const allInView = async () => {
      const view = await viewportBox(page);
      for (const button of await buttons.all()) {
        const b = await button.boundingBox();
        if (!b || !inside(b, view)) return false;
      }
      return true;
    };
    expect(await allInView(), 'every save button in view when the screen opens').toBe(true);
    await page.screenshot({ path: `test-results/report-${size.width}x${size.height}.png` });

    // Down among the report's own texts, the bar is still there and does not hide the box being typed in.
    await page.getByTestId('report-texts').locator('summary').click();
    const reviewedBy = page.getByLabel('Revisó (nombre y cargo)');
    await reviewedBy.scrollIntoViewIfNeeded();
    await reviewedBy.fill('Comité técnico');
    await expect(page.locator('#report-reviewedBy-status')).toHaveText('Guardado');
    expect(await allInView(), 'every save button in view after scrolling to the texts').toBe(true);
    const [box, barBox] = [await reviewedBy.boundingBox(), await bar.boundingBox()];
    expect(box!.y + box!.height, 'the last text box is not under the bar').toBeLessThanOrEqual(barBox!.y + 0.5);
    await page.screenshot({ path: `test-results/report-texts-${size.width}x${size.height}.png` });

    // One press saves from there.
    const download = page.waitForEvent('download');
    await bar.getByRole('button', { name: 'Guardar como Markdown (.md)' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.md$/);
    const { scrollWidth, innerWidth } = await pageWidth(page);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  });
}
