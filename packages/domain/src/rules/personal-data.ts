import { validateUscc } from '../uscc/uscc.js';

/**
 * 公示不得公开自然人的身份证号码和电话号码: free text typed by staff (违法事实, 处罚内容 …) may
 * quote them. Before a text is published they are masked here, so the stored public payload never
 * holds them: an 18-character 身份证号 keeps its first 3 and last 4 characters, a mobile number
 * its first 3 and last 4 digits, a landline its area code.
 */

// 6-digit division, birth date 18xx–20xx, 3-digit sequence, check character; not inside a longer code.
const ID_NUMBER = /(?<![0-9A-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g;
const MOBILE = /(?<![0-9A-Za-z])(?:\+?86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}(?![0-9A-Za-z])/g;
const LANDLINE = /(?<![0-9A-Za-z])(\(0\d{2,3}\)|（0\d{2,3}）|0\d{2,3}-)\d{7,8}(?![0-9A-Za-z])/g;

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

function idCheckHolds(id: string): boolean {
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
  return ID_CHECK[sum % 11] === id[17]!.toUpperCase();
}

/** A USCC made only of digits may look like an ID number: it stays when it is a valid USCC and no valid ID number. */
function maskIdNumber(id: string): string {
  if (!idCheckHolds(id) && validateUscc(id).ok) return id;
  return `${id.slice(0, 3)}${'*'.repeat(11)}${id.slice(14)}`;
}

function maskMobile(phone: string): string {
  const digits = phone.replace(/\D/g, '').slice(-11);
  return `${digits.slice(0, 3)}****${digits.slice(7)}`;
}

/** The text with every 身份证号 and telephone number masked; other text unchanged. */
export function maskPersonalData(text: string): string {
  return text
    .replace(ID_NUMBER, maskIdNumber)
    .replace(MOBILE, maskMobile)
    .replace(LANDLINE, (_whole, area: string) => `${area}${'*'.repeat(7)}`);
}

/** Whether a text still holds a 身份证号 or telephone number that maskPersonalData would mask. */
export function holdsPersonalData(text: string): boolean {
  return maskPersonalData(text) !== text;
}
