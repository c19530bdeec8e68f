import { expect, test } from '@playwright/test';
import { agencyUser, beijingDate } from '../fixtures/agency';
import { apiAs } from '../fixtures/api';
import { urls } from '../fixtures/platform';

// A PDF named as a web page: the portal must offer it to save, as a PDF, under a PDF name.
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');

test.describe('部门工作门户 附件下载', () => {
  test('an attachment uploaded as “evil’s (copy).html” downloads as a PDF attachment, never rendered or sniffed', async ({ browser }) => {
    const api = await apiAs('yjj.coord');
    const objects = (await api.query('registry.objects.list', { pageSize: 1 })) as { rows: { id: string }[] };
    const hazard = (await api.mutate('hazards.create', {
      objectId: objects.rows[0]!.id,
      severity: 'ordinary',
      description: '配电箱未可靠接地（附件下载检查）',
      rectificationDeadline: beijingDate(20),
    })) as { id: string };
    const attachment = (await api.mutate('hazards.uploadAttachment', {
      hazardId: hazard.id,
      filename: "evil's (copy).html",
      contentBase64: PDF.toString('base64'),
    })) as { id: string; filename: string; mimeType: string };
    expect(attachment).toMatchObject({ filename: "evil's (copy).pdf", mimeType: 'application/pdf' });

    const page = await agencyUser(browser, 'yjj.coord');
    const response = await page.request.get(`${urls.agency}/hazards/${hazard.id}/attachments/${attachment.id}`);
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers['content-type']).toBe('application/pdf');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['content-disposition']).toBe(`attachment; filename="attachment-${attachment.id}.pdf"; filename*=UTF-8''evil%27s%20%28copy%29.pdf`);
    expect(Buffer.from(await response.body()).equals(PDF)).toBe(true);

    // The hazard page lists it under the same name.
    await page.goto(`${urls.agency}/hazards/${hazard.id}`);
    await expect(page.getByTestId('hazard-attachments')).toContainText("evil's (copy).pdf");
  });
});
