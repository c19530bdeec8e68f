import { FormReader, maybe, must, refusal } from '@liancha/api-client/sveltekit';
import { dateInShanghai, type CaseTrigger } from '@liancha/domain';
import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

/**
 * 申请个案检查: choose the enterprise (by name or USCC, or from its registry page: ?object=), then
 * fill in the 行政检查审批 form. The officers offered are the agency's on duty whose certificates are
 * valid today; the API checks them against the check's last day. With ?campaign= the check is one
 * under that published 专项检查: no trigger, the campaign's basis and window offered.
 */
export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  const api = event.locals.api;
  const objectId = event.url.searchParams.get('object');
  const q = event.url.searchParams.get('q')?.trim() ?? '';
  const campaignId = event.url.searchParams.get('campaign');
  const today = dateInShanghai(new Date());
  const [list, campaign, object, inspectors, ledger] = await Promise.all([
    must(event, api.caseChecks.list.query({ pageSize: 1 })),
    campaignId ? must(event, api.campaigns.get.query({ id: campaignId })) : null,
    objectId ? must(event, api.registry.objects.get.query({ id: objectId })) : null,
    objectId && user.agency
      ? maybe(
          event,
          api.registry.inspectors.list.query({ pageSize: 200, filter: { agencyId: user.agency.id, statuses: ['on_duty'], isExpert: false, validOn: today } }),
        )
      : null,
    // Before scheduling: this enterprise's checks of the year by every agency, against our cap, with the warnings.
    objectId ? maybe(event, api.inspectionCaps.ledger.query({ objectId })) : null,
  ]);
  if (!list.canRequest) error(403, '只有部门抽查协调员可以申请个案检查');
  const found = !objectId && q ? await must(event, api.registry.objects.list.query({ pageSize: 10, filter: { search: q } })) : null;
  return {
    today,
    q,
    campaign: campaign
      ? { id: campaign.id, name: campaign.name, legalBasis: campaign.legalBasis, windowFrom: campaign.windowFrom, windowTo: campaign.windowTo }
      : null,
    object: object ? { id: object.id, name: object.name, uscc: object.uscc } : null,
    caps: ledger?.ok ? capNotice(ledger.value, user.agency?.id ?? null) : null,
    candidates: found?.rows.map((o) => ({ id: o.id, name: o.name, uscc: o.uscc })) ?? [],
    officers: inspectors?.ok
      ? inspectors.value.rows.map((i) => ({ value: i.id, label: i.name, hint: `执法证 ${i.certificateNo}，有效期至 ${i.certificateExpiry}` }))
      : [],
  };
};

type Ledger = Awaited<ReturnType<App.Locals['api']['inspectionCaps']['ledger']['query']>>;

/** What the form shows of the ledger: our agency's count against its cap, the warnings, the advice to merge. */
function capNotice(ledger: Ledger, agencyId: string | null) {
  const own = ledger.agencies.find((a) => a.agencyId === agencyId) ?? null;
  return {
    year: ledger.year,
    own: own ? { checks: own.checks, maxPerYear: own.maxPerYear, remaining: own.remaining, nextCheck: own.nextCheck } : null,
    warnings: ledger.warnings.map((w) => ({ kind: w.kind, agencyNames: w.agencyNames })),
    advice: ledger.advice,
  };
}

const FIELDS = ['trigger', 'reason', 'legalBasis', 'windowFrom', 'windowTo', 'emergency', 'officerIds'];

export const actions: Actions = {
  default: async (event) => {
    const form = await FormReader.of(event.request);
    const objectId = event.url.searchParams.get('object') ?? '';
    const campaignId = event.url.searchParams.get('campaign');
    let id: string;
    try {
      ({ id } = await event.locals.api.caseChecks.request.mutate({
        objectId,
        ...(campaignId ? { campaignId } : { trigger: form.text('trigger') as CaseTrigger }),
        reason: form.text('reason'),
        legalBasis: form.text('legalBasis'),
        windowFrom: form.text('windowFrom'),
        windowTo: form.text('windowTo'),
        emergency: form.bool('emergency'),
        officerIds: form.list('officerIds'),
      }));
    } catch (cause) {
      return refusal(event, cause, form.values(), { fields: FIELDS });
    }
    redirect(303, `/case-checks/${id}?saved=requested`);
  },
};
