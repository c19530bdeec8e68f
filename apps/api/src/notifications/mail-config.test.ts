import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { emailOf } from './mailer.js';

describe('notification e-mail settings', () => {
  it('is off by default, on with an smtp:// or smtps:// URL, and refuses anything else', () => {
    expect(loadConfig({}).mail).toBeNull();
    expect(loadConfig({ SMTP_URL: '' }).mail).toBeNull();
    expect(loadConfig({ SMTP_URL: 'smtps://user:pass@mail.example.gov.cn:465', SMTP_FROM: 'liancha@example.gov.cn' }).mail).toEqual({
      smtpUrl: 'smtps://user:pass@mail.example.gov.cn:465',
      from: 'liancha@example.gov.cn',
    });
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example.gov.cn' })).toThrow(/SMTP_URL/);
    expect(() => loadConfig({ SMTP_URL: 'smtp://x', SMTP_FROM: 'nobody' })).toThrow(/SMTP_FROM/);
  });

  it('writes what happened and where to act, under a tagged subject', () => {
    const mail = emailOf({ title: '漳平市应急管理局邀请本部门参加联合抽查', link: '/tasks/1', displayName: '温晓琳' });
    expect(mail.subject).toBe('【联查】漳平市应急管理局邀请本部门参加联合抽查');
    expect(mail.text).toContain('温晓琳：');
    expect(mail.text).toContain('（页面：/tasks/1）');
  });
});
