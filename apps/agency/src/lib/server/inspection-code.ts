import QRCode from 'qrcode';
import { publicPortalUrl } from './public-portal';

/**
 * The public page of a 检查码 (信息公示门户, no login) and its QR code as an SVG data URL (an image:
 * nothing of it runs in the page), for the notice and the inspectors' screen.
 */
export async function inspectionCodeLink(regionCode: string, code: string): Promise<{ url: string; qr: string }> {
  const url = publicPortalUrl(`/r/${regionCode}/inspection/${code}`);
  // Medium error correction: the code stays readable printed small or a little smudged.
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  return { url, qr: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
}
