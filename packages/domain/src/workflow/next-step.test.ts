import { describe, expect, it } from 'vitest';
import { checkNextStep, nextStepText, taskNextStep, type CheckFacts, type TaskFacts } from './next-step.js';

const lead = { agencyName: '漳平市应急管理局', role: 'lead' as const, status: 'confirmed' as const, items: 2, inspectors: 5 };
const partner = { agencyName: '漳平市市场监督管理局', role: 'partner' as const, status: 'confirmed' as const, items: 1, inspectors: 3 };
const ready: TaskFacts = { status: 'ready', participants: [lead, partner], configured: true, draw: null, published: false, openChecks: 0 };

describe('who acts next', () => {
  it('walks a task from the invitations to 公示, naming whose turn it is', () => {
    const say = (facts: Partial<TaskFacts>) => {
      const step = taskNextStep({ ...ready, ...facts });
      return step && nextStepText(step);
    };
    expect(say({ status: 'inviting', participants: [lead, { ...partner, status: 'invited' }] })).toBe('等待漳平市市场监督管理局抽查协调员确认是否参加');
    expect(say({ participants: [lead, { ...partner, items: 0 }] })).toBe('等待漳平市市场监督管理局抽查协调员选定本部门的抽查事项和检查人员');
    expect(say({ configured: false })).toBe('等待牵头部门抽查协调员设置抽查矩阵和检查组规则');
    expect(say({})).toBe('等待牵头部门抽查协调员开始抽取仪式');
    expect(say({ status: 'frozen', draw: { status: 'frozen' } })).toBe('等待各参加部门抽查协调员揭示随机数，最后一个揭示后自动抽取');
    expect(say({ status: 'drawn', draw: { status: 'drawn' }, pendingApprovals: ['漳平市市场监督管理局'] })).toBe(
      '等待漳平市市场监督管理局分管领导审批本部门参加本任务的检查（行政检查审批），审批后方可通知和入企检查',
    );
    expect(say({ status: 'drawn', draw: { status: 'drawn' } })).toBe('等待牵头部门抽查协调员公示抽查任务、抽查名单和抽取证明');
    expect(say({ status: 'in_progress', draw: { status: 'drawn' }, published: true, openChecks: 3 })).toBe(
      '等待牵头部门抽查协调员发出检查通知、组织检查组完成其余 3 户检查',
    );
    expect(say({ status: 'completed' })).toBeNull();
  });

  it('walks a check from its notice through each agency’s results, naming the agency that owes the next step', () => {
    const agencies: CheckFacts['agencies'] = [
      { name: '漳平市应急管理局', results: ['submitted', 'submitted'], items: 2 },
      { name: '漳平市消防救援大队', results: ['draft'], items: 2 },
    ];
    const say = (status: Parameters<typeof checkNextStep>[0]['status'], list = agencies) =>
      nextStepText(checkNextStep({ status, scheduledOn: '2020-04-10', agencies: list })!);
    expect(say('planned')).toBe('等待牵头部门抽查协调员发出检查通知');
    expect(say('notified')).toBe('等待检查组按通知于 2020-04-10 进场检查（由牵头部门抽查协调员登记开始）');
    expect(say('recorded')).toBe('等待漳平市消防救援大队抽查协调员录入本部门事项的检查结果');
    expect(say('recorded', [agencies[0]!, { ...agencies[1]!, items: 1 }])).toBe('等待漳平市消防救援大队抽查协调员提交本部门结果审核');
    expect(say('recorded', [agencies[0]!])).toBe('等待漳平市应急管理局分管领导审核本部门的检查结果');
    expect(say('recorded', [{ ...agencies[0]!, results: ['returned', 'approved'] }])).toBe('等待漳平市应急管理局抽查协调员修改退回的结果并重新提交');
    expect(say('approved')).toBe('等待各参加部门公示本部门的检查结果（检查结束后 20 个工作日内）');
    expect(checkNextStep({ status: 'closed', scheduledOn: null, agencies })).toBeNull();
  });
});
