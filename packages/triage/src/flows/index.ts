import type { FlowDefinition } from '@digihjaelp/contract';
import { deviceBasicsFlow, generalFlow, otherServicesFlow } from './everyday';
import { mitIdAlternativesFlow, mitIdLoginFlow, mitIdSetupFlow } from './mitid';
import { digitalPostFlow, exemptionsFlow, powerOfAttorneyFlow } from './post-and-rights';
import { fraudFlow, socialMediaFlow, sourceCriticismFlow } from './safety';
import { bankingFlow, bookingPassportFlow, borgerDkFlow, healthFlow, taxFlow } from './self-service';

/** The category whose flow is used for a category without a flow of its own. */
export const generalFlowCategory = 'other';

/** The seeded flow of every category in docs/DOMAIN.md, keyed by category key. */
export const seededFlows: Record<string, FlowDefinition> = {
  'mitid-setup': mitIdSetupFlow,
  'mitid-login': mitIdLoginFlow,
  'mitid-alternatives': mitIdAlternativesFlow,
  'digital-post': digitalPostFlow,
  exemptions: exemptionsFlow,
  'power-of-attorney': powerOfAttorneyFlow,
  'borgerdk-selfservice': borgerDkFlow,
  tax: taxFlow,
  health: healthFlow,
  banking: bankingFlow,
  'booking-passport': bookingPassportFlow,
  fraud: fraudFlow,
  'social-media': socialMediaFlow,
  'source-criticism': sourceCriticismFlow,
  'device-basics': deviceBasicsFlow,
  'other-services': otherServicesFlow,
  [generalFlowCategory]: generalFlow,
};
